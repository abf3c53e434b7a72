"""Article structure tables: periods, dates, places, campaigns, chrome."""

from datetime import date

import pytest

from parsers import dates, localities
from parsers.article import extract
from parsers.campaigns import find_campaigns
from parsers.chrome import layout
from parsers.examples import structure as sx


@pytest.mark.parametrize("phrase,expected", sx.PERIODS, ids=[p for p, _ in sx.PERIODS])
def test_period(phrase, expected):
    found = dates.period_in(phrase)
    assert (found and (found.year, found.kind, found.label)) == (expected or None)


@pytest.mark.parametrize("line,expected", sx.HEADER_DATES)
def test_header_date(line, expected):
    page = f"{line}\nTiêu đề bài viết\nNội dung bài."
    assert extract(page, "x").published == expected


@pytest.mark.parametrize("url,expected", sx.URL_DATES)
def test_url_date(url, expected):
    found = dates.url_date(url)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize("page,url,year", sx.ARTICLE_YEARS, ids=[p[:30] for p, _, _ in sx.ARTICLE_YEARS])
def test_article_year(page, url, year):
    assert extract(page, "x", url=url).year == year


def test_page_date_above_the_article_date_is_not_the_article_date():
    page = "Thứ Bảy, 21/11/2026\nMenu\nTiêu đề bài\n14/07/2020 - 04:29 PM\nSáng 14/7, hội nghị."
    assert extract(page, "x").published == "2020-07-14"


@pytest.mark.parametrize("body,published,year", sx.REPORTING_YEARS)
def test_reporting_year(body, published, year):
    found, _ = dates.reporting_year(body, date.fromisoformat(published) if published else None)
    assert found == year


@pytest.mark.parametrize("text,province,district", sx.PLACES, ids=[t[:50] for t, _, _ in sx.PLACES])
def test_reporting_place(text, province, district):
    place, _ = localities.reporting_place(text, 0, len(text))
    assert (place and place.province, place and place.district) == (province, district)


def test_national_scope():
    text = sx.PLACES[-1][0]
    assert localities.reporting_place(text, 0, len(text)) == (None, "national")


@pytest.mark.parametrize("text,scope", sx.SCOPES, ids=[t[:40] for t, _ in sx.SCOPES])
def test_scope(text, scope):
    assert localities.reporting_place(text, 0, len(text))[1] == scope


@pytest.mark.parametrize("old,new", sx.PROVINCE_2025)
def test_province_2025(old, new):
    assert localities.resolve("tỉnh" if old != "Hà Nội" else "thành phố", old).province_2025 == new


@pytest.mark.parametrize("text,expected", sx.CAMPAIGNS, ids=[t[:50] for t, _ in sx.CAMPAIGNS])
def test_campaigns(text, expected):
    assert [(c.name, c.head) for c in find_campaigns(text)] == expected


@pytest.mark.parametrize("text", sx.NOT_CAMPAIGNS)
def test_not_campaigns(text):
    assert find_campaigns(text) == []


@pytest.mark.parametrize("page,figures", sx.CHROME_PAGES, ids=range(len(sx.CHROME_PAGES)))
def test_chrome_gives_no_figures(page, figures):
    assert [f.figure.text for f in extract(page, "x").facts if not f.in_headline] == figures


@pytest.mark.parametrize("page,url,headline", sx.HEADLINES, ids=[h or "none" for _, _, h in sx.HEADLINES])
def test_headline_figures_are_facts(page, url, headline):
    a = extract(page, "x", url=url)
    assert a.title == headline
    assert all(f.in_headline == (f.sentence == headline) for f in a.facts)


@pytest.mark.parametrize("page,places", sx.FACT_PLACES, ids=[p[8:48] for p, _ in sx.FACT_PLACES])
def test_figure_takes_its_own_place(page, places):
    a = extract(page, "x")
    assert [(f.place.province if f.place else None) for f in a.facts if f.kind == "money"] == places


def test_title_and_body_span():
    page = "SỐ LƯỢT TRUY CẬP\n12\nTiêu đề thật\nThân bài.\nTin khác\nBài khác."
    a = extract(page, "x")
    assert a.title == "Tiêu đề thật"
    assert a.text[a.body.start : a.body.end].strip() == "Thân bài."
    assert layout(page).title is not None


@pytest.mark.parametrize("sentence,action", sx.ACTIONS, ids=[s[:40] for s, _ in sx.ACTIONS])
def test_money_action(sentence, action):
    (fact,) = [f for f in extract(f"Tiêu đề\n{sentence}", "x").facts if f.kind == "money"]
    assert fact.action == action


def test_figure_takes_the_period_named_before_it():
    a = extract("Tiêu đề\nNăm 2025 nộp ngân sách 14.500 tỷ đồng, năm 2030 là 18.200 tỷ đồng.", "x")
    assert [f.period.label for f in a.facts] == ["2025", "2030"]


@pytest.mark.parametrize("page,labels", sx.PARAGRAPH_YEARS, ids=[p[:40] for p, _ in sx.PARAGRAPH_YEARS])
def test_figure_takes_the_year_its_paragraph_opens_with(page, labels):
    assert [f.period.label if f.period else None for f in extract(page, "x").facts] == labels


@pytest.mark.parametrize("page,published,labels", sx.TET_YEARS, ids=[p[4:40] + d for p, d, _ in sx.TET_YEARS])
def test_figure_takes_the_year_of_a_tet_come(page, published, labels):
    money = [f for f in extract(page, "x", published=published).facts if f.kind == "money"]
    assert [f.period.label if f.period else None for f in money] == labels


@pytest.mark.parametrize("page,published,expected", sx.EVENT_DATES, ids=[p[8:30] for p, _, _ in sx.EVENT_DATES])
def test_event_date(page, published, expected):
    assert extract(page, "x", published=published).event_date == expected


@pytest.mark.parametrize("text,province,district,ward", sx.WARDS, ids=[w[0] for w in sx.WARDS])
def test_ward_needs_its_district(text, province, district, ward):
    found = localities.mentions(text)
    first = found[0] if found else None
    assert (first and first.province, first and first.district, first and first.ward) == (province, district, ward)


@pytest.mark.parametrize("sentence,action", sx.HOUSEHOLD_ACTIONS, ids=[s[:40] for s, _ in sx.HOUSEHOLD_ACTIONS])
def test_household_action(sentence, action):
    (fact,) = [f for f in extract(f"Tiêu đề\n{sentence}", "x").facts if f.kind == "households"]
    assert fact.action == action


@pytest.mark.parametrize("text,title", sx.TITLES, ids=[t[:30] for t, _ in sx.TITLES])
def test_title_or_lead_paragraph(text, title):
    assert extract(text, "x").title == title


def test_lead_paragraph_figures_are_kept():
    a = extract("Ủy ban MTTQ tỉnh Nghệ An trao 50 triệu đồng cho 10 hộ nghèo.", "x")
    assert [f.figure.text for f in a.facts] == ["50 triệu đồng", "10 hộ nghèo"]


def test_title_given_apart_is_the_headline():
    """A JSONL "title" is the headline: its figures are facts of the article (in_headline)."""
    a = extract("Ủy ban MTTQ huyện trao quà cho hộ nghèo.", "x", title="Hơn 5 tỷ đồng ủng hộ Quỹ Vì người nghèo")
    assert a.title == "Hơn 5 tỷ đồng ủng hộ Quỹ Vì người nghèo"
    assert [(f.figure.text, f.in_headline) for f in a.facts] == [("Hơn 5 tỷ đồng", True)]


def test_no_front_campaigns_in_other_articles():
    """A fund named in an article that is not about the Front ("Quỹ Tiền tệ Quốc tế") is no Front campaign."""
    assert extract("Tin\nQuỹ Tiền tệ Quốc tế dự báo kinh tế tăng trưởng 6%.", "x").campaigns == ()


def test_no_reporting_year_still_to_come():
    assert extract("Tin\nGiai đoạn 2021-2095, quỹ vận động 5 tỷ đồng.", "x").year != 2095
