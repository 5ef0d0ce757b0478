"""The one reader: every encoding an editor's files come in, and clear refusals."""

import os
import sys
import zipfile

import pytest

from annotator import textio
from annotator.textio import MAX_BYTES, TextReadError, decode_bytes, read_text

ARTICLE = "今年一季度，重庆外贸进出口总值达2215.5亿元，同比增长34.3%。\n第二段：近1400家企业。\n"


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("gb18030", b""),
    ("gbk", b""),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
])
def test_each_encoding_reads_to_the_same_text(tmp_path, encoding, prefix):
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + ARTICLE.encode(encoding))
    assert read_text(path) == ARTICLE


def test_line_endings_become_newlines_and_the_bom_goes(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("\ufeff第一行\r\n第二行\r第三行\n".encode("utf-8"))
    assert read_text(path) == "第一行\n第二行\n第三行\n"


def test_utf16_without_bom_is_detected():
    assert decode_bytes(ARTICLE.encode("utf-16-le")) == ARTICLE


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02\xff\xfe\x00binary", "binary"),
    ("Ceci n'est pas du chinois: café, naïve, élève, déjà vu.".encode("latin-1"), "GB18030"),
])
def test_unreadable_files_are_refused_with_their_name(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(TextReadError) as err:
        read_text(path)
    assert "bad.txt" in str(err.value)
    assert problem in str(err.value)


def test_a_file_is_read_up_to_the_limit_and_refused_past_it(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES)  # sparse: costs no disk
    assert len(textio._read_capped(path)) == MAX_BYTES
    with open(path, "ab") as f:
        f.write(b"x")
    with pytest.raises(TextReadError, match="too large"):
        textio._read_capped(path)


def test_a_file_that_grew_after_its_size_was_read_is_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    real = os.fstat

    def stale(fd: int) -> os.stat_result:  # the size the file had a moment before
        found = list(real(fd))
        found[6] = 3  # st_size
        return os.stat_result(found)

    monkeypatch.setattr(textio.os, "fstat", stale)
    assert read_text(path) == ARTICLE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_file_that_tells_no_size_is_read_whole():
    """/proc's files are regular but say they hold nothing."""
    assert "Name:" in read_text("/proc/self/status")


def test_missing_file(tmp_path):
    with pytest.raises(TextReadError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_docx_paragraphs_and_table_rows_become_lines(tmp_path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (f'<w:document {w}><w:body>'
            '<w:p><w:r><w:t>重庆外贸进出口总值达</w:t></w:r><w:r><w:t>2215.5亿元。</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>1400家</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            '</w:body></w:document>')
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", body)
    assert read_text(path) == "重庆外贸进出口总值达2215.5亿元。\n企业\t1400家"


def test_html_keeps_paragraphs_and_drops_scripts(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>标题</title><script>var x=1;</script></head><body>"
                    "<p>第一段 达2215.5亿元。</p><p>第二段&nbsp;近1400家。</p>"
                    "<table><tr><td>企业</td><td>50个</td></tr></table></body></html>",
                    encoding="gb18030")
    text = read_text(path)
    assert text.splitlines() == ["第一段 达2215.5亿元。", "第二段\xa0近1400家。", "企业\t50个"]
    assert "var x" not in text


def test_a_corrupt_docx_is_refused(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK not really a zip")
    with pytest.raises(TextReadError, match=r"broken\.docx"):
        read_text(path)
