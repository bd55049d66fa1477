"""Makes NotoSansCJKsc-Regular-subset.otf: Noto Sans CJK SC cut to the national character sets.

Needs Debian's fonts-noto-cjk and fonttools (apt-get install fonts-noto-cjk fonttools); run with
/usr/bin/python3 from this folder. Characters outside GB 2312 (Chinese), JIS X 0208 (Japanese) and
KS X 1001 (Korean) print as '?' in the PDFs; the whole face would add 16 MB instead of 6 MB.
"""
import subprocess

SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
SC_FACE = '2'  # 0 jp, 1 kr, 2 sc, 3 tc, 4 hk

chars = set()
for codec, leads in (('gb2312', range(0xA1, 0xF8)), ('euc_jp', range(0xA1, 0xF5)),
                     ('euc_kr', range(0xA1, 0xFE))):
    for lead in leads:
        for trail in range(0xA1, 0xFF):
            try:
                chars.update(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass
# CJK punctuation, kana, Hangul compatibility letters, full-width forms.
for low, high in ((0x3000, 0x303F), (0x3040, 0x30FF), (0x3130, 0x318F), (0xFF00, 0xFFEF)):
    chars.update(chr(code) for code in range(low, high + 1))
codes = sorted(ord(char) for char in chars if ord(char) > 0x2000)
subprocess.run(['pyftsubset', SOURCE, f'--font-number={SC_FACE}',
                '--unicodes=' + ','.join(f'U+{code:04X}' for code in codes),
                '--layout-features=*', '--output-file=NotoSansCJKsc-Regular-subset.otf'],
               check=True)
print(len(codes), 'characters')
