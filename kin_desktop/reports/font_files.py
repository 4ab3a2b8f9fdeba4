"""The fonts the application ships (``resources/fonts``): their names and files.

One table for the two layers that use them: the PDFs embed them (:mod:`kin_desktop.reports.fonts`)
and the screen registers them with Qt (:mod:`kin_desktop.ui.fonts`). Kept apart from the printing
code so that the screen's start-up reads a table, not the typesetter.
"""

from __future__ import annotations

SANS = "KIN-Sans"
SANS_BOLD = "KIN-Sans-Bold"
THAI = "KIN-Thai"
THAI_BOLD = "KIN-Thai-Bold"
LAO = "KIN-Lao"
LAO_BOLD = "KIN-Lao-Bold"
KHMER = "KIN-Khmer"
KHMER_BOLD = "KIN-Khmer-Bold"
MYANMAR = "KIN-Myanmar"
MYANMAR_BOLD = "KIN-Myanmar-Bold"
DEVANAGARI = "KIN-Devanagari"
DEVANAGARI_BOLD = "KIN-Devanagari-Bold"
BENGALI = "KIN-Bengali"
BENGALI_BOLD = "KIN-Bengali-Bold"
SINHALA = "KIN-Sinhala"
SINHALA_BOLD = "KIN-Sinhala-Bold"
ARABIC = "KIN-Arabic"
ARABIC_BOLD = "KIN-Arabic-Bold"
JAPANESE = "KIN-JP"
JAPANESE_BOLD = "KIN-JP-Bold"
CHINESE = "KIN-SC"
CHINESE_BOLD = "KIN-SC-Bold"
KOREAN = "KIN-KR"
KOREAN_BOLD = "KIN-KR-Bold"
SYMBOLS = "KIN-Symbols"

FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    THAI_BOLD: "NotoSansThai-Bold.ttf",
    LAO: "NotoSansLao-Regular.ttf",
    LAO_BOLD: "NotoSansLao-Bold.ttf",
    KHMER: "NotoSansKhmer-Regular.ttf",
    KHMER_BOLD: "NotoSansKhmer-Bold.ttf",
    MYANMAR: "NotoSansMyanmar-Regular.ttf",
    MYANMAR_BOLD: "NotoSansMyanmar-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
    BENGALI: "NotoSansBengali-Regular.ttf",
    BENGALI_BOLD: "NotoSansBengali-Bold.ttf",
    SINHALA: "NotoSansSinhala-Regular.ttf",
    SINHALA_BOLD: "NotoSansSinhala-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    JAPANESE: "ipag.ttf",
    JAPANESE_BOLD: "NotoSansCJKjp-Bold-subset.ttf",
    CHINESE: "DroidSansFallbackFull.ttf",
    CHINESE_BOLD: "NotoSansCJKsc-Bold-subset.ttf",
    KOREAN: "NanumGothic.ttf",
    KOREAN_BOLD: "NanumGothicBold.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
}
"""Font name -> file in ``resources/fonts`` (each file's licence sits next to it)."""

BOLD: dict[str, str] = {
    SANS: SANS_BOLD,
    THAI: THAI_BOLD,
    LAO: LAO_BOLD,
    KHMER: KHMER_BOLD,
    MYANMAR: MYANMAR_BOLD,
    DEVANAGARI: DEVANAGARI_BOLD,
    BENGALI: BENGALI_BOLD,
    SINHALA: SINHALA_BOLD,
    ARABIC: ARABIC_BOLD,
    JAPANESE: JAPANESE_BOLD,
    CHINESE: CHINESE_BOLD,
    KOREAN: KOREAN_BOLD,
}
"""Regular face -> its bold face."""
