"""The definition document: id, version, title, languages, sections."""

from __future__ import annotations

import re
from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.questionnaire.definition import DEFINITION_ID_PATTERN
from kin_desktop.core.xlsform.importer.model import _join_texts, _texts
from kin_desktop.core.xlsform.importer.questions import _Questions


class _Document(_Questions):
    def document(self) -> dict[str, Any]:
        form_id, given = self.form_id()
        id_where = self.settings.get("form_id", ("", None))[1]
        if not given:
            self.problems.warning(
                None,
                f"the settings sheet gives no form_id: the questionnaire's id is '{form_id}' (from the file name)",
            )
        elif form_id != self.settings["form_id"][0]:
            self.problems.warning(
                id_where,
                f"the form_id '{self.settings['form_id'][0]}' is made into the id '{form_id}' "
                "(lower case letters, digits, - and _)",
            )
        if not re.match(DEFINITION_ID_PATTERN, form_id):  # pragma: no cover - _our_id always fits
            self.problems.error(id_where, f"the form_id '{form_id}' cannot be an id")
        version = self.settings.get("version", ("", None))[0]
        if not version:
            version = "1"
            self.problems.warning(
                None,
                "the settings sheet gives no version: '1' is used; give each version you publish a new "
                "version (for example 2008.1), so delegates keep the answers to each apart",
            )
        elif len(version) > 64:
            self.problems.error(self.settings["version"][1], "the version is longer than 64 characters")
        title = self.form_title()
        if "form_title" not in self.settings:
            self.problems.warning(
                None, f"the settings sheet gives no form_title: the title is '{title['en']}'"
            )
        document: dict[str, Any] = {
            "schema_version": 1,
            "id": form_id,
            "version": version,
            "default_language": "en",
            "languages": list(self.languages),
            "title": title,
        }
        description = list(self.description)
        if "description" in self.settings:
            description.insert(0, self.settings["description"][0])
        joined = _join_texts(description, self.languages)
        if joined:
            document["description"] = joined
        sections = []
        for section in self.sections:
            item: dict[str, Any] = {"id": section.id, "title": section.title}
            described = _join_texts(section.description, self.languages)
            if described:
                item["description"] = described
            if section.relevant is not None:
                item["relevant"] = expr.to_source(section.relevant)
            item["items"] = section.items
            if not section.items and not described:
                self.problems.warning(
                    section.where if section.where.row != -1 else None,
                    f"the group '{section.id}' has nothing KIN Desktop can show: it was left out",
                )
                continue
            sections.append(item)
        if not sections and not self.problems.has_errors:
            self.problems.error(None, "the survey sheet has no question KIN Desktop can keep")
        document["sections"] = sections
        used = {language for text in _texts(document) for language in text}
        document["languages"] = [
            language for language in self.languages if language in used or language == "en"
        ]
        return document
