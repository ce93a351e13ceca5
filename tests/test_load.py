"""Reading input: bad files become one-line skips, good ones keep exact offsets."""
from pathlib import Path

from provenance.load import load


def test_missing_path_is_skipped_with_its_name(tmp_path):
    arts, skipped = load([tmp_path / "nope"])
    assert arts == []
    assert [s.code for s in skipped] == ["P001"]
    assert "nope" in skipped[0].line()


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("hello", encoding="utf-8")
    arts, skipped = load([tmp_path])
    assert arts == [] and skipped[0].code == "P002"


def test_empty_binary_and_non_utf8_files_are_skipped_others_kept(tmp_path):
    (tmp_path / "a_empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "c_latin1.txt").write_bytes("Presiden berkata: café".encode("latin-1"))
    (tmp_path / "d_good.txt").write_text("Presiden Joko Widodo mengatakan hal itu pada Senin.", encoding="utf-8")
    arts, skipped = load([tmp_path])
    assert [a.name for a in arts] == ["d_good.txt"]
    codes = {Path(s.path).name: s.code for s in skipped}
    assert codes == {"a_empty.txt": "P004", "b_binary.txt": "P005", "c_latin1.txt": "P003"}
    assert all(Path(s.path).exists() for s in skipped)  # the message names the real file


def test_text_is_read_as_python_reads_it(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("Baris satu.\r\nBaris dua.\r\n".encode("utf-8"))
    arts, _ = load([p])
    assert arts[0].text == p.read_text(encoding="utf-8")


def test_same_file_twice_is_read_once(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("Menteri itu mengatakan kebijakan baru berlaku hari ini.", encoding="utf-8")
    arts, _ = load([tmp_path, p])
    assert len(arts) == 1
