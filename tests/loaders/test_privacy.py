import pytest

from loaders.reading.privacy import find_personal_data, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in find_personal_data(text)]


@pytest.mark.parametrize(
    "number",
    [
        "070-353 13 94",
        "08-535 301 48",
        "08-555 123 45",
        "0701234567",
        "073-123 45 67",
        "010-123 45 67",
        "0480-123 45",
        "+46 70 123 45 67",
        "+46701234567",
        "+46 (0)8 123 456 78",
        "0046 8 123 456 78",
    ],
)
def test_phone_numbers(number: str) -> None:
    text = f"Ring samordnaren på {number} om du har frågor."
    assert found(text) == [(number, "phone")]


def test_phone_at_start_and_after_colon() -> None:
    assert found("Telefon: 070-111 22 33") == [("070-111 22 33", "phone")]
    assert found("tel:0701112233") == [("0701112233", "phone")]
    assert found("0701112233") == [("0701112233", "phone")]


def test_phone_followed_by_a_year() -> None:
    assert found("nås på 08-123 45 67 2024 och framåt") == [("08-123 45 67", "phone")]


@pytest.mark.parametrize(
    "address",
    ["kerstin.alm@example.se", "info@sundby.kommun.se", "a.b-c+d@exempel-bolag.com"],
)
def test_email(address: str) -> None:
    assert found(f"Mejla {address}, tack.") == [(address, "email")]


@pytest.mark.parametrize(
    "number",
    ["19850101-1234", "850101-1234", "850101+1234", "850161-1234", "200512312380"],
)
def test_personnummer(number: str) -> None:
    assert found(f"Personnummer {number} lämnades ut.") == [(number, "personnummer")]


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet togs 2021-06-08 av nämnden.",
        "Perioden 2021-01-01–2022-12-31 gäller.",
        "Planen gäller från år 2022 till 2025.",
        "Nämnden avsatte 10 mnkr till fonden.",
        "Budgeten är 1 500 000 kr per år.",
        "Mötet börjar kl. 08.00 och slutar 17:30.",
        "Mötet börjar 08:00 och slutar 16:00.",
        "Ärendet har Dnr KS-2021/123.",
        "Se Dnr 0123-2021 och diarienummer 0456-2020.",
        "Kommunens organisationsnummer är 212000-0142.",
        "Adress: Box 123, 141 85 Sundby.",
        "Andelen var 0,5 procent 08-06-2021.",
        "Tolv siffror 198501011235 utan rätt kontrollsiffra.",
        "Polisen nås på 114 14 eller 112.",
    ],
)
def test_not_personal_data(text: str) -> None:
    assert found(text) == []


def test_overlaps_resolved_and_sorted() -> None:
    text = "Sms:a 0701234567@sms.example.se eller ring 070-123 45 67."
    assert found(text) == [
        ("0701234567@sms.example.se", "email"),
        ("070-123 45 67", "phone"),
    ]


def test_redact() -> None:
    text = (
        "Kontakta Kerstin Alm, 070-111 22 33, kerstin.alm@example.se. "
        "Hennes personnummer 850101-1234 ska inte stå här. Dnr KS-2021/123."
    )
    assert redact(text) == (
        "Kontakta Kerstin Alm, [telefonnummer], [e-post]. "
        "Hennes personnummer [personnummer] ska inte stå här. Dnr KS-2021/123."
    )
    assert redact("Inget känsligt här.") == "Inget känsligt här."
