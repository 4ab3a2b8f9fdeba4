"""The words printed on the forms, given by the caller.

The reports layer never translates: :class:`Labels` has no defaults, and the services
layer provides complete sets, one per interface language, read from
``translations/print/<lang>.json`` (``kin_desktop.services.print_labels.labels_for``). Texts with ``{placeholders}`` are filled with :meth:`str.format`;
each field's comment names its placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    language: str  # language code of these words: picks questionnaire texts and CJK glyph forms

    # -- every document
    initiative: str  # "Kitakyushu Initiative for a Clean Environment"
    meeting: str  # "Fourth Meeting of the Kitakyushu Initiative Network"
    meeting_place_date: str  # "25–26 June 2007, Kitakyushu, Japan"
    secretariat: str  # "Kitakyushu Initiative Network Secretariat"
    page_of: str  # {page} {pages}
    record: str
    revision: str
    printed_on: str  # {date}
    not_given: str  # shown for an empty field
    yes: str
    no: str
    quote: str  # {text}: a quoted choice or value in a sentence
    list_separator: str  # between items of an inline list: ", "
    not_printable: str  # {record}: printed instead of a record that could not be drawn
    sectors: Mapping[str, str]  # Sector value -> name
    project_types: Mapping[str, str]  # ProjectType value -> name
    countries: Mapping[str, str]  # ISO 3166 code -> name (a missing code prints as itself)

    # -- commitment form
    commitment_form: str  # the form's title
    commitment_subtitle: str
    city_and_delegation: str
    city: str
    country: str
    delegation: str
    organisation: str
    the_commitment: str
    project_title: str
    project_type: str
    sectors_label: str
    objectives: str
    description: str
    targets_and_indicators: str
    target_number: str
    target: str
    indicator: str
    baseline: str
    target_value: str
    unit: str
    due_year: str
    no_targets: str
    partners: str
    timeline: str
    start_date: str
    end_date: str
    milestone_date: str
    milestone: str
    budget: str
    budget_amount: str
    funding_source: str
    experience_to_share: str
    commitment_statement: str  # {city}: the undertaking printed above the signatures
    signature_city: str  # {city}: heading of the mayor's block
    signature_city_note: str  # "Mayor or top representative of the local government"
    signature_secretariat: str  # heading of the receiving block
    signatures: str  # heading of the signature part
    signature: str
    seal: str  # caption of the box for the official seal (hanko, chop)
    name: str
    title: str
    date: str
    verification: str  # caption of the QR code
    verification_note: str

    # -- practices compendium
    compendium_title: str
    compendium_subtitle: str
    compendium_count: str  # {practices} {cities}
    contents: str
    summary: str
    problem: str
    approach: str
    benefits: str
    environmental_benefits: str
    social_benefits: str
    economic_benefits: str
    cost: str
    replicability: str
    start_year: str
    win_win: str  # the mark of a win-win practice
    index_by_sector: str
    index_by_country: str
    page: str  # column heading of page numbers
    no_practices: str

    # -- questionnaire
    questionnaire_blank_note: str  # how to fill in the paper form
    questionnaire_filled_note: str  # {city}: whose answers these are
    respondent: str
    completed: str
    in_progress: str
    required_mark_note: str  # explains the "*" after a required question
    question_number: str  # {number}: how a question is referred to in a skip instruction
    entry: str  # {number}: one instance of a repeat group
    more_entries: str  # {max}: blank form, more instances on extra sheets
    not_answered: str
    choose_one: str
    choose_any: str
    choose_between: str  # {min} {max}
    rank: str
    rate: str  # {min} {max}
    write_number: str
    write_date: str  # the format of a date answer
    skip_question: str  # {condition}
    skip_group: str  # {condition}
    skip_section: str  # {condition}
    cond_selected: str  # {choice} {question}
    cond_not_selected: str  # {choice} {question}
    cond_equals: str  # {value} {question}
    cond_not_equals: str  # {value} {question}
    cond_answered: str  # {question}
    cond_not_answered: str  # {question}
    cond_any_selected: str  # {question}
    cond_and: str  # {left} {right}
    cond_or: str  # {left} {right}
    cond_expression: str  # {expression}: the fallback, the condition as written

    def sector(self, value: str) -> str:
        return self.sectors.get(value, value)

    def project_type_name(self, value: str) -> str:
        return self.project_types.get(value, value)

    def country_name(self, code: str) -> str:
        return self.countries.get(code.upper(), code) if code else ""
