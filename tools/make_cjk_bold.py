"""Build the bold CJK fonts in resources/fonts from Noto Sans CJK Bold (run once; the results are committed).

    python tools/make_cjk_bold.py [NotoSansCJK-Bold.ttc] [--out resources/fonts]

reportlab embeds TrueType-outline fonts only, and Noto Sans CJK is CFF (PostScript outlines).
This script takes the Japanese and the Simplified Chinese faces of Debian's
``fonts-noto-cjk`` collection (``/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc``),
keeps the characters of the national standard character sets (JIS X 0208 for Japanese,
GB 2312 for Chinese, plus ASCII, Latin-1, CJK punctuation and full-width forms), and
converts their cubic outlines to quadratic TrueType outlines with fontTools' cu2qu
(maximum error 1 unit of the 1000-unit em: invisible at print sizes). Layout tables are
dropped (CJK text needs no shaping; the form sets it horizontally). Needs ``fonttools``
(a build-time tool only, not a dependency of the application).

The SIL Open Font License allows modifying and redistributing the fonts under the same
licence; a modified version must not carry a Reserved Font Name, which for Noto Sans CJK is
"Source" (Adobe's Source Han Sans). The converted fonts are named "KIN Noto Sans CJK JP/SC
... TT subset", and ``resources/fonts/OFL-NotoSansCJK.txt`` ships the licence with them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
FACES = {  # output file: (face index in the collection, codec of the national character set)
    "NotoSansCJKjp-Bold-subset.ttf": (0, "euc_jp"),
    "NotoSansCJKsc-Bold-subset.ttf": (2, "gb2312"),
}
EXTRA_RANGES = (
    (0x0020, 0x00FF),  # ASCII and Latin-1
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0x31F0, 0x31FF),  # small kana
    (0xFF00, 0xFFEF),  # full-width and half-width forms
)


def charset(codec: str) -> set[int]:
    chars = {cp for low, high in EXTRA_RANGES for cp in range(low, high + 1)}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode(codec)
        except UnicodeEncodeError:
            continue
        chars.add(cp)
    return chars


def to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF table by glyf/loca with quadratic outlines (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones maxTwilightPoints maxStorage maxFunctionDefs maxInstructionDefs "
        "maxStackElements maxSizeOfInstructions maxComponentElements"
    ).split():
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def build(source: Path, out: Path) -> None:
    collection = TTCollection(str(source))
    for file_name, (index, codec) in FACES.items():
        font = collection.fonts[index]
        options = Options()
        options.layout_features = []  # no GSUB/GPOS: nothing to shape in horizontal CJK
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
        subsetter = Subsetter(options)
        subsetter.populate(unicodes=sorted(charset(codec)))
        subsetter.subset(font)
        to_truetype(font)
        names = font["name"]
        family = names.getDebugName(1) or ""
        for record in names.names:
            if record.nameID in (1, 3, 4, 6, 16):
                text = record.toUnicode()
                suffix = " TT subset" if record.nameID != 6 else "-TTsubset"
                record.string = (
                    ("KIN " if record.nameID != 6 else "KIN-")
                    + text.replace(" ", "" if record.nameID == 6 else " ")
                    + suffix
                )
        target = out / file_name
        font.save(str(target))
        print(f"{target}: {family}, {len(font.getGlyphOrder())} glyphs, {target.stat().st_size:,} bytes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=SOURCE)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources" / "fonts"
    )
    args = parser.parse_args()
    if not args.source.is_file():
        print(f"{args.source} not found (Debian: apt-get install fonts-noto-cjk)", file=sys.stderr)
        return 2
    build(args.source, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
