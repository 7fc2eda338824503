"""Names offered for exported files."""

from smmdesk.domain.text import file_name


def test_a_campaign_name_becomes_a_file_name_windows_accepts() -> None:
    assert file_name('ООО "Ромашка"/Весна: 2027? — смета v2') == "ООО _Ромашка__Весна_ 2027_ — смета v2"
    assert file_name("  Новый\tгод  ") == "Новый год"
    assert file_name("..") == "smmdesk"
