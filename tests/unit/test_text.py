from shopdesk.services.text import safe_single_line, search_key


def test_arabic_and_persian_spellings_of_a_name_share_one_search_key():
    assert search_key("علي") == search_key("علی")
    assert search_key("أحمد") == search_key("احمد") == search_key("إحمد")
    assert search_key("كريم") == search_key("کریم")
    assert search_key("فاطمة") == search_key("فاطمه")


def test_tatweel_harakat_and_zwnj_do_not_change_the_key():
    assert search_key("مُحَمَّد") == search_key("محمد")
    assert search_key("محـــمد") == search_key("محمد")
    assert search_key("نیم\u200cفاصله") == search_key("نیمفاصله")


def test_digits_in_every_script_share_a_key_and_latin_is_casefolded():
    assert search_key("۱۰۰۱") == search_key("١٠٠١") == search_key("1001") == "1001"
    assert search_key("Sara  SMITH") == "sara smith"


def test_safe_single_line_shows_control_characters_and_isolates_direction():
    shown = safe_single_line("Sara\x00<b>&\u202eevil")
    assert "\x00" not in shown and "\u202e" not in shown
    assert shown.startswith("\u2068") and shown.endswith("\u2069")
    assert "<b>&" in shown
