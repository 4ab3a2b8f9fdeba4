"""Printing: commitment forms, the practices compendium and questionnaires as PDF, and
checking a printed commitment form against the data (``verify-print``).

The words on the forms come from :func:`english_labels` or :func:`japanese_labels` (the
meeting's host language), or any complete :class:`~kin_desktop.reports.labels.Labels`
the caller builds; the reports layer never translates. Every PDF is written atomically.
See ``docs/printing.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from kin_desktop.core.clock import HLC
from kin_desktop.core.errors import UsageError, ValidationError
from kin_desktop.core.latin import LANG_OF_COUNTRY
from kin_desktop.core.latin import latin_city as latin_city  # the rule, re-exported where it was
from kin_desktop.core.questionnaire import load_definition
from kin_desktop.core.schemas import CommitmentBody, PracticeBody, RecordType, ResponseBody
from kin_desktop.reports.binding import BindingError, format_binding, parse_binding
from kin_desktop.reports.commitment import CommitmentForm, write_commitment_forms
from kin_desktop.reports.compendium import PracticeEntry, write_compendium
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.questionnaire import QuestionnaireDocument, write_questionnaire
from kin_desktop.services import printed, questionnaires
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models, repository

__all__ = [
    "VerifyPrintResult",
    "english_labels",
    "japanese_labels",
    "labels_for",
    "print_commitments",
    "print_practices",
    "print_questionnaire",
    "verify_print",
]

PageCallback = Callable[[int], None]

# --------------------------------------------------------------------------- labels

_SECTORS_EN = {
    "solid_waste": "Solid waste management",
    "wastewater_sanitation": "Wastewater and sanitation",
    "water_supply": "Water supply",
    "air_quality": "Air quality",
    "urban_transport": "Urban transport",
    "energy": "Energy",
    "green_space": "Green space and urban greening",
    "industrial_pollution": "Industrial pollution",
    "other": "Other",
}
_SECTORS_JA = {
    "solid_waste": "固形廃棄物管理",
    "wastewater_sanitation": "排水処理・衛生",
    "water_supply": "上水道",
    "air_quality": "大気環境",
    "urban_transport": "都市交通",
    "energy": "エネルギー",
    "green_space": "緑地・都市緑化",
    "industrial_pollution": "産業公害",
    "other": "その他",
}
# The Network's region (and a few partner countries), ISO 3166-1 alpha-2.
_COUNTRIES_EN = {
    "AU": "Australia",
    "BD": "Bangladesh",
    "BN": "Brunei Darussalam",
    "BT": "Bhutan",
    "CN": "China",
    "FJ": "Fiji",
    "ID": "Indonesia",
    "IN": "India",
    "IR": "Iran",
    "JP": "Japan",
    "KH": "Cambodia",
    "KR": "Republic of Korea",
    "KZ": "Kazakhstan",
    "LA": "Lao PDR",
    "LK": "Sri Lanka",
    "MM": "Myanmar",
    "MN": "Mongolia",
    "MV": "Maldives",
    "MY": "Malaysia",
    "NP": "Nepal",
    "NZ": "New Zealand",
    "PG": "Papua New Guinea",
    "PH": "Philippines",
    "PK": "Pakistan",
    "RU": "Russian Federation",
    "SG": "Singapore",
    "TH": "Thailand",
    "TL": "Timor-Leste",
    "VN": "Viet Nam",
}
_COUNTRIES_JA = {
    "AU": "オーストラリア",
    "BD": "バングラデシュ",
    "BN": "ブルネイ",
    "BT": "ブータン",
    "CN": "中国",
    "FJ": "フィジー",
    "ID": "インドネシア",
    "IN": "インド",
    "IR": "イラン",
    "JP": "日本",
    "KH": "カンボジア",
    "KR": "韓国",
    "KZ": "カザフスタン",
    "LA": "ラオス",
    "LK": "スリランカ",
    "MM": "ミャンマー",
    "MN": "モンゴル",
    "MV": "モルディブ",
    "MY": "マレーシア",
    "NP": "ネパール",
    "NZ": "ニュージーランド",
    "PG": "パプアニューギニア",
    "PH": "フィリピン",
    "PK": "パキスタン",
    "RU": "ロシア",
    "SG": "シンガポール",
    "TH": "タイ",
    "TL": "東ティモール",
    "VN": "ベトナム",
}


def english_labels() -> Labels:
    """The words of the forms in English (the meeting's documentation language)."""
    return Labels(
        language="en",
        initiative="Kitakyushu Initiative for a Clean Environment",
        meeting="Fourth Meeting of the Kitakyushu Initiative Network",
        meeting_place_date="25–26 June 2007, Kitakyushu, Japan",
        secretariat="Kitakyushu Initiative Network Secretariat, "
        "Institute for Global Environmental Strategies, Kitakyushu Office",
        page_of="Page {page} of {pages}",
        record="Record",
        revision="Revision",
        printed_on="Printed on {date}",
        not_given="—",
        yes="Yes",
        no="No",
        quote="‘{text}’",
        list_separator=", ",
        not_printable="Record {record} could not be printed. Its data is kept unchanged; "
        "please report this page to the Network Secretariat.",
        sectors=_SECTORS_EN,
        project_types={"demonstration": "Demonstration project", "expanded": "Expanded project"},
        countries=_COUNTRIES_EN,
        commitment_form="Commitment Form",
        commitment_subtitle="Commitment of a city to a demonstration or expanded project "
        "under the second cycle of the Kitakyushu Initiative (2006–2010)",
        city_and_delegation="City and delegation",
        city="City",
        country="Country",
        delegation="Delegate",
        organisation="Organisation",
        the_commitment="The commitment",
        project_title="Project",
        project_type="Type of project",
        sectors_label="Sectors",
        objectives="Objectives",
        description="Description",
        targets_and_indicators="Targets and indicators",
        target_number="No.",
        target="Target",
        indicator="Indicator",
        baseline="Baseline",
        target_value="Target value",
        unit="Unit",
        due_year="By",
        no_targets="No targets have been set yet.",
        partners="Partners",
        timeline="Timeline",
        start_date="Start",
        end_date="End",
        milestone_date="Date",
        milestone="Milestone",
        budget="Budget",
        budget_amount="Budget",
        funding_source="Source of funding",
        experience_to_share="Experience the city will share with other cities",
        commitment_statement="{city} commits itself to carry out the project described "
        "above, to report its progress to the Kitakyushu Initiative Network Secretariat until 2010, "
        "and to share its experience with other cities facing similar challenges.",
        signatures="Signatures",
        signature_city="For {city}",
        signature_city_note="Mayor or top representative of the local government",
        signature_secretariat="Received by the Network Secretariat",
        signature="Signature",
        seal="Official seal",
        name="Name",
        title="Title",
        date="Date",
        verification="Verification code",
        verification_note="The code at the top of page 1 identifies the exact version of this "
        "commitment in the Network's records.",
        compendium_title="Successful Practices and Policies",
        compendium_subtitle="Compendium of the Kitakyushu Initiative Network",
        compendium_count="Practices: {practices}  ·  Cities: {cities}",
        contents="Contents",
        summary="Summary",
        problem="Problem addressed",
        approach="Approach",
        benefits="Benefits",
        environmental_benefits="Environmental benefits",
        social_benefits="Social benefits",
        economic_benefits="Economic benefits",
        cost="Cost",
        replicability="Replicability",
        start_year="Since",
        win_win="Win-win practice",
        index_by_sector="Index by sector",
        index_by_country="Index by country",
        page="Page",
        no_practices="No practices have been recorded.",
        questionnaire_blank_note="Please write clearly in the boxes and on the lines, and tick ☒ "
        "the boxes that apply. Questions marked * must be answered.",
        questionnaire_filled_note="Answers of {city}",
        respondent="Respondent",
        completed="Completed",
        in_progress="In progress",
        required_mark_note="* an answer is required",
        question_number="question {number}",
        entry="Entry {number}",
        more_entries="Attach further sheets for more entries (at most {max}).",
        not_answered="(not answered)",
        choose_one="Tick one box.",
        choose_any="Tick all that apply.",
        choose_between="Tick between {min} and {max} boxes.",
        rank="Number the items in order of importance (1 = most important).",
        rate="Circle or tick one number from {min} to {max}.",
        write_number="Write a number.",
        write_date="Write a date: year, month, day.",
        skip_question="Answer only if {condition}.",
        skip_group="Complete this part only if {condition}.",
        skip_section="Complete this section only if {condition}.",
        cond_selected="you selected {choice} in {question}",
        cond_not_selected="you did not select {choice} in {question}",
        cond_equals="your answer to {question} is {value}",
        cond_not_equals="your answer to {question} is not {value}",
        cond_answered="you answered {question}",
        cond_not_answered="you did not answer {question}",
        cond_any_selected="you selected at least one option in {question}",
        cond_and="{left} and {right}",
        cond_or="{left} or {right}",
        cond_expression="this condition holds: {expression}",
    )


def japanese_labels() -> Labels:
    """The words of the forms in Japanese (the host country of the meeting)."""
    return Labels(
        language="ja",
        initiative="クリーンな環境のための北九州イニシアティブ",
        meeting="第4回北九州イニシアティブ・ネットワーク会合",
        meeting_place_date="2007年6月25日～26日　日本・北九州市",
        secretariat="北九州イニシアティブ・ネットワーク事務局（財団法人地球環境戦略研究機関 北九州事務所）",
        page_of="{page} / {pages} ページ",
        record="レコード",
        revision="版",
        printed_on="印刷日 {date}",
        not_given="—",
        yes="はい",
        no="いいえ",
        quote="「{text}」",
        list_separator="、",
        not_printable="レコード {record} は印刷できませんでした。データは変更されていません。"
        "このページをネットワーク事務局にお知らせください。",
        sectors=_SECTORS_JA,
        project_types={"demonstration": "実証プロジェクト", "expanded": "拡大プロジェクト"},
        countries=_COUNTRIES_JA,
        commitment_form="コミットメント様式",
        commitment_subtitle="北九州イニシアティブ第2サイクル（2006～2010年）における実証プロジェクト"
        "または拡大プロジェクトに関する都市のコミットメント",
        city_and_delegation="都市および代表者",
        city="都市",
        country="国",
        delegation="代表者",
        organisation="所属",
        the_commitment="コミットメントの内容",
        project_title="プロジェクト名",
        project_type="プロジェクトの種類",
        sectors_label="分野",
        objectives="目的",
        description="概要",
        targets_and_indicators="目標および指標",
        target_number="番号",
        target="目標",
        indicator="指標",
        baseline="基準値",
        target_value="目標値",
        unit="単位",
        due_year="達成年",
        no_targets="目標はまだ設定されていません。",
        partners="パートナー",
        timeline="実施期間",
        start_date="開始",
        end_date="終了",
        milestone_date="日付",
        milestone="マイルストーン",
        budget="予算",
        budget_amount="予算額",
        funding_source="資金源",
        experience_to_share="他都市と共有する経験",
        commitment_statement="{city}は、上記のプロジェクトを実施し、2010年まで北九州イニシアティブ・"
        "ネットワーク事務局にその進捗を報告するとともに、同様の課題を抱える他都市とその経験を共有することを約束します。",
        signatures="署名",
        signature_city="{city}を代表して",
        signature_city_note="首長または地方自治体の最高責任者",
        signature_secretariat="ネットワーク事務局受領",
        signature="署名",
        seal="公印",
        name="氏名",
        title="役職",
        date="日付",
        verification="照合コード",
        verification_note="1ページ目上部のコードは、ネットワークの記録における本コミットメントの版を特定します。",
        compendium_title="優良事例・政策集",
        compendium_subtitle="北九州イニシアティブ・ネットワーク",
        compendium_count="事例数 {practices}　・　都市数 {cities}",
        contents="目次",
        summary="概要",
        problem="取り組んだ課題",
        approach="取り組みの方法",
        benefits="効果",
        environmental_benefits="環境面の効果",
        social_benefits="社会面の効果",
        economic_benefits="経済面の効果",
        cost="費用",
        replicability="他都市への適用可能性",
        start_year="開始年",
        win_win="ウィン・ウィン型の事例",
        index_by_sector="分野別索引",
        index_by_country="国別索引",
        page="ページ",
        no_practices="登録された事例はありません。",
        questionnaire_blank_note="枠内および線上にはっきりとご記入のうえ、該当する□に印を付けてください。"
        "＊印の質問には必ずお答えください。",
        questionnaire_filled_note="{city}の回答",
        respondent="回答者",
        completed="回答済み",
        in_progress="回答中",
        required_mark_note="＊ 回答必須",
        question_number="問{number}",
        entry="{number}件目",
        more_entries="記入欄が足りない場合は別紙を添付してください（最大{max}件）。",
        not_answered="（未回答）",
        choose_one="一つ選んでください。",
        choose_any="当てはまるものをすべて選んでください。",
        choose_between="{min}～{max}個選んでください。",
        rank="重要な順に番号を記入してください（1＝最も重要）。",
        rate="{min}～{max}の中から一つ選んでください。",
        write_number="数字で記入してください。",
        write_date="年・月・日を記入してください。",
        skip_question="{condition}場合のみお答えください。",
        skip_group="{condition}場合のみ記入してください。",
        skip_section="{condition}場合のみ、この章にお答えください。",
        cond_selected="{question}で{choice}を選んだ",
        cond_not_selected="{question}で{choice}を選ばなかった",
        cond_equals="{question}の回答が{value}である",
        cond_not_equals="{question}の回答が{value}でない",
        cond_answered="{question}に回答した",
        cond_not_answered="{question}に回答しなかった",
        cond_any_selected="{question}で一つ以上選んだ",
        cond_and="{left}、かつ{right}",
        cond_or="{left}、または{right}",
        cond_expression="次の条件が成り立つ（{expression}）",
    )


def labels_for(language: str) -> Labels:
    """The labels for a ``--lang`` code: Japanese for ``ja``, English otherwise."""
    return japanese_labels() if language.split("-", 1)[0].casefold() == "ja" else english_labels()


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class _Person:
    name: str
    city: str
    country: str
    organisation: str
    city_latin: str = ""


def _stored_latin_city(row: Any) -> str:
    """The city's name in Latin letters as the profile (``city_latin``, asked in the wizard)
    or the registry of delegate keys (from the signed bundle header) stores it; "" when
    none is stored (a key enrolled before bundles carried it): :func:`latin_city` decides."""
    value = getattr(row, "city_latin", None)
    return value.strip() if isinstance(value, str) else ""


class _People:
    """Key id -> who holds it: the own profile, else the secretariat's registry of delegates."""

    def __init__(self, session: Session) -> None:
        self.known: dict[str, _Person] = {}
        for key in session.exec(select(models.DelegateKey)):
            self.known[key.key_id] = _Person(
                key.name, key.city, key.country, key.organisation, _stored_latin_city(key)
            )
        profile = repository.get_profile(session=session)
        self.profile_key = profile.key_id if profile is not None else None
        if profile is not None and profile.key_id:
            self.known[profile.key_id] = _Person(
                profile.name, profile.city, profile.country, profile.organisation, _stored_latin_city(profile)
            )

    def get(self, key_id: str) -> _Person | None:
        return self.known.get(key_id)


def _revised_on(hlc: str) -> str:
    try:
        wall_ms = HLC.parse(hlc).wall_ms
    except ValidationError:
        return ""
    return datetime.fromtimestamp(wall_ms / 1000, UTC).date().isoformat()


def text_language(body_language: str, country: str) -> str:
    """The language of a record's texts: its own, else the usual one of its country."""
    if body_language and body_language.casefold() != "en":
        return body_language
    return LANG_OF_COUNTRY.get(country.upper(), body_language or "en")


# --------------------------------------------------------------------------- commitments


def print_commitments(
    workspace: Workspace,
    record_ids: list[str] | None,
    out: Path,
    *,
    labels: Labels,
    page_size: str = "A4",
    on_page: PageCallback | None = None,
) -> int:
    """Commitment forms, one per record (``None``: every current commitment), in one PDF.

    Returns the number of pages. An unknown, deleted or non-commitment id is refused
    with :class:`UsageError` before anything is written.
    """
    forms: list[CommitmentForm] = []
    with workspace.session() as session:
        people = _People(session)
        if record_ids is None:
            records = repository.list_current(RecordType.COMMITMENT, session=session)
        else:
            records = []
            for record_id in record_ids:
                found = repository.current(record_id, session=session)
                if found is None or found.record_type != RecordType.COMMITMENT or found.body is None:
                    raise UsageError(f"there is no commitment {record_id}", record_id=record_id)
                records.append(found)
        for record in records:
            assert record.body is not None
            revision = repository.get_revisions([record.rev_id], session=session)[0]
            body = CommitmentBody.model_validate(record.body)
            person = people.get(record.owner) or _Person("", "", "", "")
            forms.append(
                CommitmentForm(
                    record_id=record.record_id,
                    rev_id=record.rev_id,
                    author_key_id=revision.author,
                    revised_on=_revised_on(revision.hlc),
                    body=body,
                    city=person.city,
                    country=person.country,
                    delegation=person.name,
                    organisation=person.organisation,
                    binding=format_binding(record.record_id, record.rev_id, revision.author),
                    lang=text_language(body.language, person.country),
                    city_latin=latin_city(
                        person.city, person.city_latin, lang=text_language(body.language, person.country)
                    ),
                )
            )
    pages = write_commitment_forms(forms, out, labels=labels, page_size_name=page_size, on_page=on_page)
    with workspace.session() as session:  # the paper is bound to these revisions (services/printed.py)
        printed.record_printed(session, [(form.record_id, form.rev_id) for form in forms])
    return pages


# --------------------------------------------------------------------------- verify-print


@dataclass(frozen=True)
class VerifyPrintResult:
    """What a commitment form's verification text says about the data.

    ``ok`` is true only when the text is intact, the revision exists, belongs to the
    record the text names, was authored by the key the text names, and is still the
    current state of the record: the paper matches the data. ``reason`` is a stable
    code (``ok``, a :class:`~kin_desktop.reports.binding.BindingError` reason, or
    ``unknown_revision``, ``wrong_record``, ``not_a_commitment``, ``wrong_signer``,
    ``deleted``, ``conflict``, ``not_current``); ``message`` says it in English.
    """

    ok: bool
    reason: str
    message: str
    text: str
    record_id: str | None = None
    rev_id: str | None = None
    signer_key_id: str | None = None
    signer_name: str | None = None
    signer_city: str | None = None
    signer_country: str | None = None
    exists: bool = False
    belongs: bool = False
    current: bool = False
    current_rev_id: str | None = None
    revised_on: str | None = None

    @property
    def exit_code(self) -> int:
        """The command line's exit status: 0 when the paper matches the data, else 1."""
        return 0 if self.ok else 1

    def to_json(self) -> dict[str, Any]:
        return {
            name: getattr(self, name)
            for name in (
                "ok",
                "reason",
                "message",
                "record_id",
                "rev_id",
                "signer_key_id",
                "signer_name",
                "signer_city",
                "signer_country",
                "exists",
                "belongs",
                "current",
                "current_rev_id",
                "revised_on",
            )
        }


def verify_print(workspace: Workspace, text: str) -> VerifyPrintResult:
    """Check the text a commitment form's QR code decodes to against this profile's data."""
    try:
        binding = parse_binding(text)
    except BindingError as exc:
        return VerifyPrintResult(False, exc.reason, str(exc), text if isinstance(text, str) else "")
    facts: dict[str, Any] = {"record_id": binding.record_id, "rev_id": binding.rev_id}
    with workspace.session() as session:
        found = repository.get_revisions([binding.rev_id], session=session)
        if not found:
            return VerifyPrintResult(
                False,
                "unknown_revision",
                f"revision {binding.rev_id} is not in this profile's records",
                text,
                signer_key_id=binding.key_id,
                **facts,
            )
        revision = found[0]
        people = _People(session)
        signer = people.get(revision.author)
        head = repository.current(revision.record_id, session=session)
        facts.update(
            signer_key_id=revision.author,
            signer_name=signer.name if signer else None,
            signer_city=signer.city if signer else None,
            signer_country=signer.country if signer else None,
            exists=True,
            belongs=revision.record_id == binding.record_id,
            current_rev_id=head.rev_id if head is not None else None,
            revised_on=_revised_on(revision.hlc),
        )
    if revision.record_id != binding.record_id:
        return VerifyPrintResult(
            False,
            "wrong_record",
            f"revision {binding.rev_id} belongs to record {revision.record_id}, not {binding.record_id}",
            text,
            **facts,
        )
    if revision.record_type != RecordType.COMMITMENT:
        return VerifyPrintResult(
            False,
            "not_a_commitment",
            f"record {binding.record_id} is a {revision.record_type}",
            text,
            **facts,
        )
    if revision.author != binding.key_id:
        return VerifyPrintResult(
            False,
            "wrong_signer",
            f"revision {binding.rev_id} was made by key {revision.author}, not {binding.key_id}",
            text,
            **facts,
        )
    assert head is not None  # the revision is stored, so its record is
    if head.deleted:
        return VerifyPrintResult(
            False, "deleted", f"commitment {binding.record_id} has been deleted", text, **facts
        )
    if head.rev_id != binding.rev_id:
        if binding.rev_id in head.heads:
            return VerifyPrintResult(
                False,
                "conflict",
                f"commitment {binding.record_id} has conflicting versions; this form shows one of them",
                text,
                **facts,
            )
        return VerifyPrintResult(
            False,
            "not_current",
            f"commitment {binding.record_id} has been changed since this form was printed "
            f"(current revision {head.rev_id})",
            text,
            **facts,
        )
    if head.conflict:
        return VerifyPrintResult(
            False,
            "conflict",
            f"commitment {binding.record_id} has conflicting versions; resolve them and print again",
            text,
            **facts,
        )
    who = f"{signer.name} ({signer.city})" if signer else f"key {revision.author}"
    return VerifyPrintResult(
        True,
        "ok",
        f"the form matches the current version of commitment {binding.record_id}, made by {who}",
        text,
        current=True,
        **facts,
    )


# --------------------------------------------------------------------------- practices


def print_practices(
    workspace: Workspace,
    out: Path,
    *,
    labels: Labels,
    page_size: str = "A4",
    printed_on: date | None = None,
    on_page: PageCallback | None = None,
) -> int:
    """The compendium of every current practice; returns the number of pages."""
    entries: list[PracticeEntry] = []
    with workspace.session() as session:
        people = _People(session)
        for record in repository.list_current(RecordType.PRACTICE, session=session):
            assert record.body is not None
            body = PracticeBody.model_validate(record.body)
            person = people.get(record.owner) or _Person("", "", "", "")
            entries.append(
                PracticeEntry(
                    record_id=record.record_id,
                    body=body,
                    city=person.city,
                    country=person.country,
                    lang=text_language(body.language, person.country),
                )
            )
    return write_compendium(
        entries,
        out,
        labels=labels,
        page_size_name=page_size,
        printed_on=(printed_on or date.today()).isoformat(),
        on_page=on_page,
    )


# --------------------------------------------------------------------------- questionnaire


def print_questionnaire(
    workspace: Workspace,
    out: Path,
    *,
    blank: bool,
    labels: Labels,
    record_id: str | None = None,
    page_size: str = "A4",
    on_page: PageCallback | None = None,
) -> int:
    """The pre-meeting questionnaire: blank for paper, or filled with one city's answers.

    Filled: ``record_id`` names the response; without it, the profile's own response (a
    delegate has one). The definition is the version the response answers; blank, the
    latest stored version. Returns the number of pages.
    """
    with workspace.session() as session:
        if blank:
            definition = questionnaires.current_definition(session=session)
            document = QuestionnaireDocument(definition=definition, answers=None, lang=labels.language)
        else:
            document = _filled(session, record_id, labels)
    return write_questionnaire(document, out, labels=labels, page_size_name=page_size, on_page=on_page)


def _filled(session: Session, record_id: str | None, labels: Labels) -> QuestionnaireDocument:
    people = _People(session)
    if record_id is not None:
        record = repository.current(record_id, session=session)
        if record is None or record.record_type != RecordType.RESPONSE or record.body is None:
            raise UsageError(f"there is no questionnaire response {record_id}", record_id=record_id)
    else:
        responses = repository.list_current(RecordType.RESPONSE, session=session)
        own = [r for r in responses if r.owner == people.profile_key] or responses
        if len(own) != 1:
            raise UsageError(
                "name the response to print: this profile holds "
                + ("no questionnaire response" if not own else f"{len(own)} responses"),
                count=len(own),
            )
        record = own[0]
    assert record.body is not None
    body = ResponseBody.model_validate(record.body)
    stored = [
        d
        for d in repository.list_definitions(session=session, questionnaire_id=body.questionnaire_id)
        if d.version == body.questionnaire_version
    ]
    if not stored:
        raise UsageError(
            f"questionnaire {body.questionnaire_id} version {body.questionnaire_version} is not in this profile",
            questionnaire_id=body.questionnaire_id,
        )
    definition = load_definition(stored[-1].content)
    person = people.get(record.owner) or _Person("", "", "", "")
    revision = repository.get_revisions([record.rev_id], session=session)[0]
    return QuestionnaireDocument(
        definition=definition,
        answers=dict(body.answers),
        lang=labels.language,
        city=person.city,
        country=person.country,
        respondent=person.name,
        completed=body.completed,
        record_id=record.record_id,
        rev_id=record.rev_id,
        revised_on=_revised_on(revision.hlc),
        text_lang=text_language("", person.country),
    )
