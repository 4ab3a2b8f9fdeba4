"""The ``type`` column: every spelling XLSForm accepts, and what KIN Desktop makes of each."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

__all__ = ["OTHER_LABELS", "RowType", "YES_NO_LABELS", "parse_type"]

Kind = Literal[
    "text",
    "integer",
    "decimal",
    "date",
    "select_one",
    "select_multiple",
    "rank",
    "range",
    "note",
    "calculate",
    "begin_group",
    "end_group",
    "begin_repeat",
    "end_repeat",
    "metadata",
    "refused",
    "missing_list",
    "unknown",
]


@dataclass(frozen=True)
class RowType:
    kind: Kind
    written: str
    list_name: str | None = None
    or_other: bool = False
    what: str = ""  # for metadata and refused types: what the row collects


_SIMPLE: Mapping[str, Kind] = MappingProxyType(
    {
        "text": "text",
        "string": "text",
        "add text prompt": "text",
        "q string": "text",
        "integer": "integer",
        "int": "integer",
        "add integer prompt": "integer",
        "q int": "integer",
        "decimal": "decimal",
        "add decimal prompt": "decimal",
        "q decimal": "decimal",
        "date": "date",
        "add date prompt": "date",
        "q date": "date",
        "note": "note",
        "add note prompt": "note",
        "q note": "note",
        "range": "range",
        "calculate": "calculate",
        "add calculate prompt": "calculate",
        "q calculate": "calculate",
        "begin group": "begin_group",
        "begin_group": "begin_group",
        "end group": "end_group",
        "end_group": "end_group",
        "begin repeat": "begin_repeat",
        "begin_repeat": "begin_repeat",
        "begin looped group": "begin_repeat",
        "begin lgroup": "begin_repeat",
        "end repeat": "end_repeat",
        "end_repeat": "end_repeat",
        "end looped group": "end_repeat",
        "end lgroup": "end_repeat",
    }
)

_METADATA: Mapping[str, str] = MappingProxyType(
    {
        "start": "the time the form was opened",
        "end": "the time the form was finished",
        "today": "the day of the interview",
        "deviceid": "the device's id",
        "imei": "the device's id",
        "subscriberid": "the SIM's subscriber id",
        "simserial": "the SIM's serial number",
        "phonenumber": "the phone number",
        "username": "the user name",
        "email": "the user's e-mail",
        "audit": "an audit log",
        "start-geopoint": "the place where the form was opened",
        "background-geopoint": "a place recorded in the background",
        "background-audio": "sound recorded in the background",
        "hidden": "a hidden value",
        "uri:deviceid": "the device's id",
        "uri:email": "the user's e-mail",
        "uri:username": "the user name",
        "uri:phonenumber": "the phone number",
        "uri:subscriberid": "the SIM's subscriber id",
        "uri:simserial": "the SIM's serial number",
        "get start time": "the time the form was opened",
        "start time": "the time the form was opened",
        "get end time": "the time the form was finished",
        "end time": "the time the form was finished",
        "get today": "the day of the interview",
        "get device id": "the device's id",
        "device id": "the device's id",
        "get sim id": "the SIM's serial number",
        "sim id": "the SIM's serial number",
        "get subscriber id": "the SIM's subscriber id",
        "subscriber id": "the SIM's subscriber id",
        "get phone number": "the phone number",
        "phone number": "the phone number",
    }
)

_REFUSED: Mapping[str, str] = MappingProxyType(
    {
        "geopoint": "a GPS location",
        "gps": "a GPS location",
        "location": "a GPS location",
        "q geopoint": "a GPS location",
        "q location": "a GPS location",
        "add location prompt": "a GPS location",
        "geotrace": "a GPS trace",
        "q geotrace": "a GPS trace",
        "geoshape": "a GPS shape",
        "q geoshape": "a GPS shape",
        "image": "a photo",
        "photo": "a photo",
        "q image": "a photo",
        "q picture": "a photo",
        "add image prompt": "a photo",
        "add photo prompt": "a photo",
        "audio": "an audio recording",
        "q audio": "an audio recording",
        "add audio prompt": "an audio recording",
        "video": "a video",
        "q video": "a video",
        "add video prompt": "a video",
        "file": "a file",
        "add file prompt": "a file",
        "barcode": "a barcode scan",
        "q barcode": "a barcode scan",
        "add barcode prompt": "a barcode scan",
        "time": "a time of day",
        "datetime": "a date and time",
        "date time": "a date and time",
        "q date time": "a date and time",
        "add date time prompt": "a date and time",
        "add datetime prompt": "a date and time",
        "q datetime": "a date and time",
        "acknowledge": "an acknowledgement (OK) button",
        "q acknowledge": "an acknowledgement (OK) button",
        "add acknowledge prompt": "an acknowledgement (OK) button",
        "trigger": "an acknowledgement (OK) button",
        "osm": "an OpenStreetMap object",
        "xml-external": "data from an attached XML file",
        "csv-external": "data from an attached CSV file",
        "begin loop": "a loop over a choice list",
        "end loop": "a loop over a choice list",
        "entity": "an entity",
    }
)

_SELECT_ONE = (
    "select_one",
    "select one from",
    "select one",
    "select1",
    "add select one prompt using",
    "q select1",
)
_SELECT_MULTIPLE = (
    "select_multiple",
    "select all that apply from",
    "select all that apply",
    "select multiple from",
    "select multiple",
    "add select multiple prompt using",
    "q select",
)
_FROM_FILE = re.compile(
    r"^(select_one_from_file|select_multiple_from_file|select one from file|select multiple from file|"
    r"select_one_external|select one external)\b"
)
_OR_OTHER = re.compile(r"\s+(or_other|or specify other)$", re.IGNORECASE)


def parse_type(written: str) -> RowType:
    """What a ``type`` cell asks for (the list name keeps the case it was written in)."""
    text = " ".join(written.split())
    lower = text.casefold()
    if lower in _SIMPLE:
        return RowType(_SIMPLE[lower], text)
    if lower in _METADATA:
        return RowType("metadata", text, what=_METADATA[lower])
    if lower in _REFUSED:
        return RowType("refused", text, what=_REFUSED[lower])
    if _FROM_FILE.match(lower):
        return RowType("refused", text, what="a choice from a list in an attached file")
    if lower.startswith("begin loop") or lower.startswith("begin_loop"):
        return RowType("refused", text, what="a loop over a choice list")
    or_other = False
    match = _OR_OTHER.search(text)
    if match is not None:
        or_other = True
        text_body = text[: match.start()]
    else:
        text_body = text
    lower_body = text_body.casefold()
    for kind, spellings in (
        ("select_one", _SELECT_ONE),
        ("select_multiple", _SELECT_MULTIPLE),
        ("rank", ("rank",)),
    ):
        for spelling in spellings:
            if lower_body == spelling:
                return RowType("missing_list", text, what=spelling)
            if lower_body.startswith(spelling + " "):
                list_name = text_body[len(spelling) + 1 :].strip()
                if " " in list_name:
                    return RowType("unknown", text)
                return RowType(kind, text, list_name=list_name, or_other=or_other)  # type: ignore[arg-type]
    return RowType("unknown", text)


# Built-in texts in the languages of the network and its neighbours. A language missing here
# is reported, with how to give the text in the workbook instead.
OTHER_LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "en": ("Other", "Specify other"),
        "fr": ("Autre", "Précisez"),
        "es": ("Otro", "Especifique"),
        "pt": ("Outro", "Especifique"),
        "de": ("Andere", "Bitte angeben"),
        "it": ("Altro", "Specificare"),
        "ar": ("أخرى", "يرجى التحديد"),
        "ru": ("Другое", "Уточните"),
        "zh": ("其他", "请注明"),
        "zh-Hans": ("其他", "请注明"),
        "zh-Hant": ("其他", "請註明"),
        "ja": ("その他", "具体的に記入してください"),
        "ko": ("기타", "직접 입력해 주십시오"),
        "th": ("อื่นๆ", "โปรดระบุ"),
        "vi": ("Khác", "Xin ghi rõ"),
        "id": ("Lainnya", "Sebutkan"),
        "ms": ("Lain-lain", "Sila nyatakan"),
        "hi": ("अन्य", "कृपया स्पष्ट करें"),
        "ne": ("अन्य", "कृपया खुलाउनुहोस्"),
        "sw": ("Nyingine", "Taja"),
        "bn": ("অন্যান্য", "উল্লেখ করুন"),
        "ur": ("دیگر", "وضاحت کریں"),
        "tl": ("Iba pa", "Tukuyin"),
    }
)

YES_NO_LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "en": ("Yes", "No"),
        "fr": ("Oui", "Non"),
        "es": ("Sí", "No"),
        "pt": ("Sim", "Não"),
        "de": ("Ja", "Nein"),
        "it": ("Sì", "No"),
        "ar": ("نعم", "لا"),
        "ru": ("Да", "Нет"),
        "zh": ("是", "否"),
        "zh-Hans": ("是", "否"),
        "zh-Hant": ("是", "否"),
        "ja": ("はい", "いいえ"),
        "ko": ("예", "아니요"),
        "th": ("ใช่", "ไม่ใช่"),
        "vi": ("Có", "Không"),
        "id": ("Ya", "Tidak"),
        "ms": ("Ya", "Tidak"),
        "hi": ("हाँ", "नहीं"),
        "ne": ("हो", "होइन"),
        "sw": ("Ndiyo", "Hapana"),
        "bn": ("হ্যাঁ", "না"),
        "ur": ("ہاں", "نہیں"),
        "tl": ("Oo", "Hindi"),
    }
)
