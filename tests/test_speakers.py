"""Quotes and speakers, Indonesian and English."""
import pytest

from helpers import article, claim_with


@pytest.mark.parametrize("text,words,speaker,ctype", [
    ('"Hubungan kedua negara diperoleh dengan susah payah," kata Xi kepada Putin.', "susah payah", "Xi Jinping", "quote"),
    ('Presiden Rusia Vladimir Putin tiba di Beijing pada Kamis pagi untuk kunjungan kenegaraan.\n'
     '"Kami akan bekerja sama," tegas dia.', "bekerja sama", "Vladimir Putin", "quote"),
    ('Presiden China Xi Jinping berbicara di depan wartawan setelah pertemuan itu selesai.\n'
     '"Kedua negara harus menjadi sahabat sejati," katanya kepada Putin.', "sahabat sejati", "Xi Jinping", "quote"),
    ("Mantan Presiden AS Joe Biden mengatakan demokrasi menghadapi tantangan.", "demokrasi", "Joe Biden", "statement"),
    ("Dalam rujukan lain kepada AS, Xi mengatakan Rusia dan Tiongkok akan bekerja sama.", "bekerja sama", "Xi Jinping", "statement"),
    ('"We will keep working together," Putin said.', "working together", "Vladimir Putin", "quote"),
    ('"The talks were useful," said Prime Minister Anthony Albanese.', "talks were useful", "Anthony Albanese", "quote"),
])
def test_speaker_and_type(text, words, speaker, ctype):
    c = claim_with(article(text), words)
    assert c.speaker == speaker
    assert c.claim_type == ctype


def test_short_form_takes_the_full_name_named_before():
    a = article("Presiden China Xi Jinping tiba di Moskow.\nXi mengatakan kedua negara harus bersatu.")
    assert claim_with(a, "bersatu").speaker == "Xi Jinping"


def test_addressee_is_not_the_speaker():
    a = article("Presiden Tiongkok Xi Jinping mengatakan kepada Presiden Rusia Vladimir Putin bahwa kedua negara "
                "harus menjadi sahabat.")
    assert a.claims[0].speaker == "Xi Jinping"


def test_quote_paragraph_continues_the_previous_speaker():
    a = article('"Saya setuju dengan Anda," kata Putin kepada Xi.\n"Hubungan ini mandiri dan kokoh."')
    assert claim_with(a, "mandiri").speaker == "Vladimir Putin"


def test_quote_credited_to_a_document_is_a_statement():
    a = article('"Presiden Xi menekankan kesiapannya untuk bekerja sama," demikian disebutkan dalam keterangan '
                "tertulis pada laman Kementerian Luar Negeri China.")
    c = a.claims[0]
    assert c.claim_type == "statement"
    assert c.speaker == "Xi Jinping"


def test_reported_clause_inherits_the_speaker():
    a = article('Xi, yang negaranya terlibat perang tarif, mengatakan kedua negara harus memperkuat fondasi '
                'kerja sama mereka dan "menghilangkan campur tangan eksternal".')
    c = claim_with(a, "campur tangan")
    assert c.speaker == "Xi Jinping" and c.claim_type == "statement"


def test_pronoun_goes_to_the_sentence_subject():
    a = article("Presiden Rusia Vladimir Putin mengadakan panggilan video dengan Presiden Tiongkok Xi Jinping "
                "pada hari Selasa di mana ia mengusulkan untuk mengembangkan kemitraan strategis mereka.")
    assert claim_with(a, "mengusulkan").speaker == "Vladimir Putin"


def test_single_and_curly_quotation_marks():
    a = article("Presiden Prabowo tiba di Tokyo pada Senin pagi untuk kunjungan resmi tiga hari.\n"
                "‘Kita akan memperkuat kerja sama maritim,’ kata Prabowo kepada wartawan.")
    c = claim_with(a, "maritim")
    assert c.claim_type == "quote" and c.speaker == "Prabowo Subianto"
    a = article("“We will stand together,” said President Emmanuel Macron on Friday.")
    assert a.claims[0].speaker == "Emmanuel Macron" and a.claims[0].claim_type == "quote"


def test_apostrophes_are_not_quotation_marks():
    a = article("Xi's visit to Moscow was his first since 2023, officials in Beijing said on Friday.")
    assert a.layer("quotes") == []


@pytest.mark.parametrize("text,words,speaker", [
    # a portfolio between the title and the name
    ("Kepala Perdagangan UE Maros Sefcovic tiba di Beijing pada Kamis untuk membahas tarif.\n"
     "Sefcovic mengatakan kedua pihak akan kembali bertemu bulan depan.", "bulan depan", "Maros Sefcovic"),
    ("Chinese Commerce Minister Wang Wentao said China was ready to work with the EU through dialogue.",
     "ready to work", "Wang Wentao"),
    # a later mention by one name only
    ("EU trade chief Maros Sefcovic arrived in Beijing on Thursday for talks on tariffs.\n"
     "Sefcovic said the two sides would meet again next month.", "meet again", "Maros Sefcovic"),
    # a trailing credit after a comma, in a statement
    ("China dan Uni Eropa sepakat melanjutkan perundingan tarif kendaraan listrik, kata Kepala Perdagangan UE "
     "Maros Sefcovic.", "perundingan tarif", "Maros Sefcovic"),
])
def test_speakers_in_wire_style(text, words, speaker):
    assert claim_with(article(text), words).speaker == speaker


@pytest.mark.parametrize("text", [
    "Hubungan China-Rusia saat ini berada pada titik terbaik dalam sejarah kedua negara.",
    "Kedua negara merayakan kemenangan dalam Perang Anti-Fasis Dunia pada tahun ini.",
    "Rusia menyatakan hubungan dengan AS berada pada titik terendah sejak era Perang Dingin. Negara itu juga "
    "melihat peluang kerja sama ekonomi.",
])
def test_capitalised_words_that_are_not_people(text):
    assert article(text).layer("persons") == []
