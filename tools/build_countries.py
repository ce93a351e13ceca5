#!/usr/bin/env python3
"""Write provenance/data/countries.toml: every country, its English and Indonesian names.

    pip install pycountry && python tools/build_countries.py

The names come from pycountry (ISO 3166-1, with the Indonesian names of its
iso-codes translations); the demonyms, capitals (which news uses for a
government: "Beijing menolak", "Washington said") and the abbreviations
Indonesian outlets use (AS, RRT, Korut) come from the table below, written
from general knowledge for the countries most often in the news. pycountry is
needed only to run this script, not by the package. Deterministic.
"""
from __future__ import annotations

import gettext
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "provenance" / "data" / "countries.toml"

# alpha-2 -> (extra aliases: abbreviations, other spellings, demonyms), metonyms (capital and seats of power)
EXTRA = {
    "AF": (["Afghan"], ["Kabul"]),
    "AR": (["Argentine", "Argentinian"], ["Buenos Aires"]),
    "AU": (["Australian"], ["Canberra"]),
    "AT": (["Austrian"], ["Wina", "Vienna"]),
    "BD": (["Bangladeshi"], ["Dhaka"]),
    "BE": (["Belgian"], ["Brussel", "Brussels"]),
    "BR": (["Brasil", "Brazilian"], ["Brasilia"]),
    "BN": (["Brunei", "Brunei Darussalam"], ["Bandar Seri Begawan"]),
    "KH": (["Kamboja", "Cambodian"], ["Phnom Penh"]),
    "CA": (["Kanada", "Canadian"], ["Ottawa"]),
    "CN": (["Tiongkok", "RRT", "RRC", "China", "Republik Rakyat China", "Republik Rakyat Tiongkok",
            "People's Republic of China", "PRC", "Chinese"], ["Beijing", "Zhongnanhai"]),
    "CO": (["Colombian"], ["Bogota"]),
    "CU": (["Kuba", "Cuban"], ["Havana"]),
    "CZ": (["Ceko", "Republik Ceko", "Czech Republic", "Czech"], ["Praha", "Prague"]),
    "DK": (["Danish"], ["Kopenhagen", "Copenhagen"]),
    "EG": (["Egyptian"], ["Kairo", "Cairo"]),
    "FI": (["Finnish"], ["Helsinki"]),
    "FR": (["Prancis", "Perancis", "French"], ["Paris", "Elysee", "Élysée"]),
    "DE": (["German"], ["Berlin"]),
    "GR": (["Yunani", "Greek"], ["Athena", "Athens"]),
    "HU": (["Hungarian"], ["Budapest"]),
    "IN": (["Indian"], ["New Delhi"]),
    "ID": (["RI", "Republik Indonesia", "NKRI", "Indonesian"], ["Jakarta"]),
    "IR": (["Iranian"], ["Teheran", "Tehran"]),
    "IQ": (["Irak", "Iraqi"], ["Baghdad"]),
    "IE": (["Irlandia", "Irish"], ["Dublin"]),
    "IL": (["Israeli"], ["Tel Aviv"]),
    "IT": (["Italia", "Italian"], ["Roma", "Rome"]),
    "JP": (["Japanese"], ["Tokyo"]),
    "JO": (["Yordania", "Jordanian"], ["Amman"]),
    "KZ": (["Kazakstan", "Kazakh"], ["Astana"]),
    "KE": (["Kenyan"], ["Nairobi"]),
    "KP": (["Korut", "DPRK", "Korea Utara", "North Korean"], ["Pyongyang"]),
    "KR": (["Korsel", "Korea Selatan", "Republic of Korea", "South Korean"], ["Seoul"]),
    "KW": (["Kuwaiti"], ["Kuwait City"]),
    "LA": (["Laos", "Laotian"], ["Vientiane"]),
    "LB": (["Libanon", "Lebanese"], ["Beirut"]),
    "MY": (["Malaysian"], ["Kuala Lumpur", "Putrajaya"]),
    "MX": (["Meksiko", "Mexican"], ["Mexico City"]),
    "MM": (["Myanmar", "Burma", "Burmese"], ["Naypyidaw", "Naypyitaw"]),
    "NL": (["Dutch"], ["Amsterdam", "Den Haag", "The Hague"]),
    "NZ": (["Selandia Baru", "New Zealander"], ["Wellington"]),
    "NG": (["Nigerian"], ["Abuja"]),
    "NO": (["Norwegian"], ["Oslo"]),
    "PK": (["Pakistani"], ["Islamabad"]),
    "PS": (["Palestina", "Palestine", "Palestinian"], ["Ramallah"]),
    "PE": (["Peruvian"], []),
    "PH": (["Filipina", "Philippine", "Filipino"], ["Manila"]),
    "PL": (["Polandia", "Polish"], ["Warsawa", "Warsaw"]),
    "PT": (["Portugis", "Portuguese"], ["Lisbon"]),
    "RU": (["Rusia", "Russia", "Federasi Rusia", "Russian"], ["Moskow", "Moskwa", "Moscow", "Kremlin"]),
    "SA": (["Saudi"], ["Riyadh"]),
    "SG": (["Singapura", "Singaporean"], []),
    "ZA": (["Afrika Selatan", "South African"], ["Pretoria"]),
    "ES": (["Spanyol", "Spanish"], ["Madrid"]),
    "LK": (["Sri Lankan"], ["Kolombo", "Colombo"]),
    "SD": (["Sudanese"], ["Khartoum"]),
    "SE": (["Swedia", "Swedish"], ["Stockholm"]),
    "CH": (["Swiss"], ["Bern", "Jenewa", "Geneva"]),
    "SY": (["Suriah", "Syria", "Syrian"], ["Damaskus", "Damascus"]),
    "TW": (["Taiwanese"], ["Taipei"]),
    "TH": (["Thai"], ["Bangkok"]),
    "TL": (["Timor Leste", "Timor-Leste", "East Timor"], ["Dili"]),
    "TR": (["Turki", "Turkey", "Turkiye", "Türkiye", "Turkish"], ["Ankara"]),
    "UA": (["Ukraina", "Ukrainian"], ["Kyiv", "Kiev"]),
    "AE": (["UEA", "UAE", "Uni Emirat Arab", "Emirati"], ["Abu Dhabi"]),
    "GB": (["Inggris", "Britania Raya", "UK", "Britain", "Great Britain", "British"], ["London", "Downing Street"]),
    "US": (["AS", "Amerika Serikat", "Amerika", "US", "U.S.", "USA", "America", "American"],
           ["Washington", "Gedung Putih", "White House"]),
    "UZ": (["Uzbek"], ["Tashkent"]),
    "VE": (["Venezuelan"], ["Caracas"]),
    "VN": (["Viet Nam", "Vietnamese"], ["Hanoi"]),
    "YE": (["Yaman", "Yemeni"], ["Sanaa"]),
    "DZ": (["Aljazair", "Algerian"], ["Aljir", "Algiers"]),
    "AM": (["Armenian"], ["Yerevan"]),
    "AZ": (["Azerbaijani"], ["Baku"]),
    "BH": (["Bahraini"], ["Manama"]),
    "BY": (["Belarusian"], ["Minsk"]),
    "CL": (["Cile", "Chilean"], ["Santiago"]),
    "CY": (["Siprus", "Cypriot"], ["Nikosia", "Nicosia"]),
    "KG": (["Kirgistan", "Kirgizstan", "Kyrgyz"], ["Bishkek"]),
    "MN": (["Mongolian"], ["Ulan Bator", "Ulaanbaatar"]),
    "MA": (["Maroko", "Moroccan"], ["Rabat"]),
    "NP": (["Nepali", "Nepalese"], ["Kathmandu"]),
    "OM": (["Omani"], ["Muscat"]),
    "RO": (["Rumania", "Romanian"], ["Bukares", "Bucharest"]),
    "RS": (["Serbian"], ["Beograd", "Belgrade"]),
    "TJ": (["Tajik"], ["Dushanbe"]),
    "TN": (["Tunisian"], ["Tunis"]),
    "TM": (["Turkmen"], ["Ashgabat"]),
    "VA": (["Vatikan", "Vatican", "Takhta Suci", "Holy See", "Tahta Suci"], []),
    "ET": (["Etiopia", "Ethiopian"], ["Addis Ababa"]),
    "LY": (["Libia", "Libya", "Libyan"], ["Tripoli"]),
    "QA": (["Katar", "Qatari"], ["Doha"]),
}
# Names that are ordinary words (or names of people) in news text: kept out of the aliases.
AMBIGUOUS = {"Chad", "Jordan", "Georgia", "Turkey", "Guinea", "Niger", "Mali", "Togo", "Oman", "Peru", "Cuba",
             "Congo", "Dominica", "Jersey", "Man", "Reunion", "Martinique", "Panama", "Chile", "Malta"}
KEEP_ANYWAY = {"Turkey", "Peru", "Cuba", "Oman", "Chile", "Panama", "Malta"}  # in news, these are the countries


# The English name news uses where ISO's common name differs.
PREFERRED = {"TR": "Turkey"}


def main() -> int:
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    lines = [
        "# Every country (ISO 3166-1), with the names Indonesian and English news use for it, for",
        "# matching keys and event places. Written by tools/build_countries.py from pycountry (English",
        "# and Indonesian names) and that script's table of demonyms, capitals and abbreviations.",
        "# aliases: names of the country; metonyms: places that stand for its government in news",
        "# ('Washington menjatuhkan sanksi', 'the Kremlin said'): for matching they count as the country.",
        "# Aliases match case-sensitively, as written.",
        "",
    ]
    for c in sorted(pycountry.countries, key=lambda c: getattr(c, "common_name", c.name)):
        en = PREFERRED.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        names = [en, c.name]
        if getattr(c, "official_name", None) and len(c.official_name) < 40:
            names.append(c.official_name)
        names.append(tr.gettext(c.name))
        if getattr(c, "common_name", None):
            names.append(tr.gettext(c.common_name))
        extra, metonyms = EXTRA.get(c.alpha_2, ([], []))
        names += extra
        aliases = []
        for n in names:
            if "," in n or (n in AMBIGUOUS and n not in KEEP_ANYWAY) or n in aliases:
                continue
            aliases.append(n)
        if not aliases:
            continue
        lines.append("[[country]]")
        lines.append(f"name = {_q(en)}")
        lines.append("aliases = [" + ", ".join(_q(a) for a in aliases) + "]")
        if metonyms:
            lines.append("metonyms = [" + ", ".join(_q(m) for m in metonyms) + "]")
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    sys.exit(main())
