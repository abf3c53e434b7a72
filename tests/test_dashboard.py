"""What the charts and pages tell a manager: category axes, one colour per action and campaign, Vietnamese
numbers and hover text, filters followed everywhere, the 2025 units carried over, the URL holding the view."""

import doctest
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app_pages import charts, safe_text

ROOT = Path(__file__).resolve().parents[1]


def _app(page: str = "tong_quan.py", **params: str | list[str]) -> AppTest:
    """The app opened on a page from a link holding params."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.switch_page(f"app_pages/{page}")
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def _open(page: str, **params: str | list[str]) -> AppTest:
    at = _app(page, **params)
    assert not at.exception, at.exception
    return at


def _figures(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def _colours(figure: dict) -> dict[str, str]:
    return {t["name"]: t["marker"]["color"] for t in figure["data"]}


@pytest.mark.parametrize("module", [charts, safe_text])
def test_helper_examples(module):
    assert doctest.testmod(module).failed == 0


def test_period_axis_is_categories_in_time_order(app_store):
    at = _open("theo_nam.py", ky_theo="period")
    (raised, given, _) = _figures(at)
    axis = raised["layout"]["xaxis"]
    assert axis["type"] == "category" and given["layout"]["xaxis"]["categoryarray"] == axis["categoryarray"]
    labels = axis["categoryarray"]
    assert "Năm 2019" in labels and "6 tháng đầu 2019" in labels
    assert labels.index("Năm 2019") < labels.index("6 tháng đầu 2019") < labels.index("Năm 2020")
    shown = {x for figure in (raised, given) for trace in figure["data"] for x in trace["x"]}
    assert {"6 tháng đầu 2019", "Năm 2021"} <= shown


def test_single_year_axis_reads_the_year(app_store):
    for figure in _figures(_open("theo_nam.py", nam="2021")):
        assert figure["layout"]["xaxis"]["categoryarray"] == ["2021"]


def test_gap_years_stay_on_the_axis(app_store):
    (raised, given, _) = _figures(_open("theo_nam.py", nam=["2019", "2021"]))
    assert raised["layout"]["xaxis"]["categoryarray"] == given["layout"]["xaxis"]["categoryarray"] == ["2019", "2020", "2021"]


def _action_of(figure: dict) -> set[str]:
    """The colours of a chart's bars: one chart per action, each in its action's colour."""
    return {t["marker"]["color"] for t in figure["data"]}


def test_one_colour_per_action_and_campaign_everywhere(app_store):
    overview = [_action_of(f) for f in _figures(_open("tong_quan.py"))]
    by_year = [_action_of(f) for f in _figures(_open("theo_nam.py"))]
    assert overview == by_year[:2] == [{charts.ACTION_COLOURS["raised"]}, {charts.ACTION_COLOURS["given"]}]
    assert by_year[2] == {charts.KIND_COLOURS["households"]}
    one_year = _figures(_open("theo_nam.py", nam="2025", hd="given"))
    assert [_action_of(f) for f in one_year] == [{charts.ACTION_COLOURS["given"]}, {charts.KIND_COLOURS["households"]}]
    campaigns = {}  # one chart per action, campaigns stacked
    for figure in _figures(_open("theo_nam.py", chia="campaign"))[:-1]:
        colours = _colours(figure)
        assert all(campaigns.get(name, colour) == colour for name, colour in colours.items())
        campaigns |= colours
    timeline = _colours(_figures(_open("chien_dich.py", tinh="Hải Dương"))[0])
    shared = timeline.keys() & campaigns.keys()
    assert len(shared) >= 2 and all(timeline[name] == campaigns[name] for name in shared)
    assert len(set(timeline.values())) == len(timeline)  # campaigns on one chart are told apart


def test_axis_ticks_and_hover_are_vietnamese(app_store):
    for page in ("tong_quan.py", "theo_nam.py", "theo_dia_phuong.py"):
        for figure in _figures(_open(page)):
            layout = figure["layout"]
            assert layout["separators"] == ",."
            value_axis = layout["xaxis"] if layout["xaxis"].get("type") != "category" else layout["yaxis"]
            is_map = value_axis.get("visible") is False  # the map's axes are longitude and latitude, not shown
            assert is_map or value_axis["tickformat"] == ",~r"  # grouped digits, never "300k" or "1,4M"
            for trace in figure["data"][1:] if is_map else figure["data"]:  # the map's grey dots have no hover
                assert trace["hovertemplate"] == "%{customdata}<extra></extra>"
                for text in trace["customdata"]:
                    assert "=" not in text and " bài báo" in text
                    assert not ("ít nhất" in text and "(" in text)  # no exact amount under an "at least" total
    households = _figures(_open("theo_nam.py"))[-1]
    assert any(" hộ<br>" in t and "." in t.split(" hộ")[0] for t in households["data"][0]["customdata"])


def test_campaign_page_follows_province_and_action(app_store):
    def campaigns(at: AppTest) -> set[str]:
        return {trace["name"] for trace in _figures(at)[0]["data"]}

    everything = campaigns(_open("chien_dich.py"))
    one_province = _open("chien_dich.py", tinh="Hải Dương")
    assert campaigns(one_province) < everything
    table = one_province.dataframe[0].value
    assert set(table["Địa phương"]) == {"Hải Dương", ""}  # only places with figures; a campaign without any: none
    assert (table.loc[table["Địa phương"] == "", "Số bài có số tiền"] == "0").all()
    assert campaigns(_open("chien_dich.py", hd="other")) < everything


def test_campaign_count_follows_filters(app_store):
    def count(at: AppTest) -> str:
        return next(m.value for m in at.metric if m.label == "Số chiến dịch")

    assert count(_open("tong_quan.py")) == "4"
    assert count(_open("tong_quan.py", tinh="Hải Dương")) == "3"
    assert count(_open("tong_quan.py", nam="2019", cd="Vì người nghèo")) == "1"


def test_2025_switch_carries_a_dissolved_province_and_says_so(app_store):
    at = _app(tinh="Hải Dương")
    at.toggle(key="f_2025").set_value(True).run()
    assert at.multiselect(key="f_provinces").value == ["Hải Phòng"]
    assert any("Hải Dương → Hải Phòng" in i.value for i in at.sidebar.info)
    at.toggle(key="f_2025").set_value(False).run()
    assert at.multiselect(key="f_provinces").value == ["Hải Dương", "Hải Phòng"]  # everything merged into it


def test_shared_link_with_a_dissolved_province(app_store):
    at = _app(dg="2025", tinh="Hải Dương")
    assert at.multiselect(key="f_provinces").value == ["Hải Phòng"]
    assert any("Hải Dương → Hải Phòng" in i.value for i in at.sidebar.info)


def test_page_radios_and_drill_down_live_in_the_url(app_store):
    at = _open("theo_nam.py", chia="campaign")
    assert at.radio(key="nam_split").value == "campaign"
    at.radio(key="nam_grain").set_value("period").run()
    assert at.query_params["ky_theo"] in ("period", ["period"])
    at = _open("theo_dia_phuong.py", xem="Hồ Chí Minh")
    assert at.selectbox(key="dp_province").value == "Hồ Chí Minh"
    assert any(f["layout"]["yaxis"].get("categoryarray") == ["Quận 11"] for f in _figures(at))


def test_map_places_each_province_at_its_coordinates(app_store):
    from parsers.gazetteer import province_points

    for switch, after_2025 in (({}, False), ({"dg": "2025"}, True)):
        at = _open("theo_dia_phuong.py", ban_do="given", **switch)
        assert at.radio(key="dp_map").value == "given"
        grey, bubbles = _figures(at)[0]["data"]
        points = province_points(after_2025)
        assert len(grey["x"]) == len(set(points.values()))
        assert bubbles["marker"]["color"] == charts.ACTION_COLOURS["given"]
        places = [h.split("</b>")[0].removeprefix("<b>").split(" · ")[0] for h in bubbles["customdata"]]
        assert places and [(x, y) for x, y in zip(bubbles["x"], bubbles["y"], strict=True)] == [points[p] for p in places]
        sizes = bubbles["marker"]["size"]
        assert sizes == sorted(sizes, reverse=True)  # the largest amount is the largest bubble
    assert "Hải Dương" not in places and "Hải Phòng" in places  # 2025 units
    at = _open("theo_dia_phuong.py")
    placed = [h.split("</b>")[0].removeprefix("<b>").split(" · ")[0] for h in _figures(at)[0]["data"][1]["customdata"]]
    assert "Thừa Thiên Huế" in placed  # named then, placed where the gazetteer files Huế
    assert not any("Chưa có tọa độ" in c.value for c in at.caption)


def test_a_year_without_reports_reads_so_not_zero(app_store):
    at = _open("tong_quan.py", hd="raised")  # only money raised: nothing given is in view
    cards = {m.label.split(" (")[0]: m for m in at.metric}
    assert cards["Tiền hỗ trợ, chi"].value == "Chưa có số liệu" and not cards["Tiền hỗ trợ, chi"].delta
    assert "tỷ đồng" in cards["Tiền vận động"].value


def _ingest(name: str, text: str, sample: bool = True) -> None:
    from metrics import storage
    from metrics.ingest import ingest_uploads

    opened = storage.open_store()
    if sample:
        storage.ensure_sample(opened)
    ingest_uploads(opened, [(name, text.encode())])
    opened.close()


NO_DATE = "Tin vắn\nỦy ban MTTQ xã Tân Lập trao 5 triệu đồng cho 2 hộ nghèo."


def test_facts_table_shows_no_raw_values(app_store):
    _ingest("khong_ngay.txt", NO_DATE)  # no date, no year, no link, no campaign: every empty cell reads empty
    at = _open("du_lieu.py")
    table = at.dataframe[0].value
    assert len(table) > 100
    for column in table.columns:
        if table[column].dtype == object:
            cells = table[column].map(str)
            assert not cells.isin(["nan", "None", "NaT", "<NA>"]).any(), column
    assert table["Năm"].str.fullmatch(r"\d{4}|").all()
    assert table["Ngày đăng"].str.fullmatch(r"\d{2}/\d{2}/\d{4}|").all()
    at = _open("du_lieu.py", ky="2019-H1")
    assert set(at.dataframe[0].value["Kỳ"]) == {"6 tháng đầu 2019"}
    assert at.button(key="dl_drop_ky").label.startswith("Kỳ")
    row = at.dataframe[0].value.iloc[0]
    assert "nan" not in " ".join(c.value for c in at.caption) and row["Năm"] == "2019"


def test_a_fact_without_date_or_link_reads_plainly(app_store):
    _ingest("khong_ngay.txt", NO_DATE, sample=False)
    at = _open("du_lieu.py")
    caption = next(c.value for c in at.caption if c.value.startswith("Bài:"))
    assert "không rõ ngày" in caption and "nan" not in caption and "None" not in caption


def test_a_long_run_of_empty_years_is_one_slot(app_store):
    _ingest("cu.txt", "Tin cũ\nNăm 1990, Ủy ban MTTQ tỉnh Nghệ An đã vận động được 2 tỷ đồng ủng hộ đồng bào bị lũ lụt.")
    axis = _figures(_open("tong_quan.py"))[0]["layout"]["xaxis"]["categoryarray"]
    assert axis[:2] == ["1990", "1991–2018"] and axis[2:] == [str(y) for y in range(2019, 2026)]


def test_facts_page_adds_up_to_the_overview_cards(app_store):
    cards = {m.label.split(" (")[0]: m.value for m in _open("tong_quan.py").metric}
    year = [m.label for m in _open("tong_quan.py").metric][0].split("(")[1].rstrip(")")
    line = [c.value for c in _open("du_lieu.py", nam=year).caption if c.value.startswith("Tổng các số liệu được cộng")]
    assert line and f"vận động, tiếp nhận {cards['Tiền vận động']};" in line[0]
    assert f"hỗ trợ, chi {cards['Tiền hỗ trợ, chi']};" in line[0] and f"{cards['Hộ được hỗ trợ']} hộ được hỗ trợ" in line[0]


# --- the overview's cards: national and local apart, a change only where the two years compare ------------------
NATIONAL_2019 = ("Tin\nNăm 2019, đến hết tháng 7, Quỹ Vì người nghèo Trung ương tiếp nhận trên 43 tỷ đồng; 63 tỉnh, thành "
                 "tiếp nhận hơn 534 tỷ đồng. Trong năm 2018, các tổ chức và cá nhân đã ủng hộ Quỹ Vì người nghèo Trung "
                 "ương 945 tỷ đồng.")  # fmt: skip
DA_NANG_2019 = "Tin\nNăm 2019, Liên đoàn Lao động thành phố Đà Nẵng đã hỗ trợ 1,5 tỉ đồng cho công nhân."
NGHE_AN_2019 = ("Tin\nNăm 2019, Ủy ban MTTQ tỉnh Nghệ An vận động được gần 64 tỷ đồng ủng hộ chương trình “Tết vì người "
                "nghèo Kỷ Hợi 2019”.")  # fmt: skip


def _ingest_dated(*rows: tuple[str, str]) -> None:
    """Articles (publishing date, text) into an empty store: no sample beside them."""
    lines = [json.dumps({"id": f"bai-{i}", "published": day, "text": text}, ensure_ascii=False)
             for i, (day, text) in enumerate(rows)]  # fmt: skip
    _ingest("bai.jsonl", "\n".join(lines), sample=False)


def _cards(at: AppTest) -> dict[tuple[str, str], object]:
    """The headline cards by (level, what): their help opens with the level."""
    from metrics.labels import LEVEL_LABELS

    levels = {v: k for k, v in LEVEL_LABELS.items()}
    return {(levels[m.help.split(".")[0]], m.label.split(" (")[0]): m for m in at.metric
            if m.help and m.help.split(".")[0] in levels}  # fmt: skip


def test_a_part_year_national_total_is_not_added_to_the_provinces_nor_set_against_a_whole_year(app_store):
    _ingest_dated(("2019-08-07", NATIONAL_2019), ("2019-01-30", NGHE_AN_2019))
    at = _open("tong_quan.py")
    cards = _cards(at)
    national, local = cards[("national", "Tiền vận động")], cards[("local", "Tiền vận động")]
    assert (national.value, local.value) == ("ít nhất 577 tỷ đồng", "gần 64 tỷ đồng")  # never one "ít nhất 641 tỷ"
    assert national.label == "Tiền vận động (2019)" and not national.delta and not local.delta
    captions = [c.value for c in at.caption]
    assert "Số liệu năm 2019 mới đến ngày 07/08/2019: chưa đủ cả năm." in captions
    assert any(c.startswith("Không so sánh với năm 2018: năm 2019 mới có số liệu đến ngày 07/08/2019, còn năm 2018 chỉ "
                            "có số cả năm") for c in captions)  # fmt: skip
    assert any(c.startswith("Số toàn quốc, cấp Trung ương và số các địa phương không cộng với nhau") for c in captions)
    (raised,) = _figures(at)  # nothing given: no chart for it
    bars = {t["name"]: (t["x"], t["y"], t["marker"]["pattern"]["shape"]) for t in raised["data"]}
    assert bars == {"Toàn quốc / cấp Trung ương": (["2018", "2019"], [945, 577], "/"),
                    "Các địa phương": (["2019"], [64], "")}  # fmt: skip
    assert raised["layout"]["barmode"] == "group"
    line = next(c.value for c in _open("du_lieu.py", nam="2019").caption if c.value.startswith("Tổng các số liệu"))
    assert "Toàn quốc / cấp Trung ương: vận động, tiếp nhận ít nhất 577 tỷ đồng" in line
    assert "Các địa phương: vận động, tiếp nhận gần 64 tỷ đồng" in line and "641" not in line


def test_raised_and_given_each_have_their_own_scale(app_store):
    _ingest_dated(("2019-08-07", NATIONAL_2019), ("2019-02-10", DA_NANG_2019))
    for page in ("tong_quan.py", "theo_nam.py"):
        raised, given = _figures(_open(page))[:2]
        assert raised["layout"]["yaxis"]["title"]["text"] == "Tỷ đồng" and max(raised["data"][0]["y"]) == 945
        assert max(given["data"][0]["y"]) == 1.5  # on its own axis, not a sliver beside 945 tỷ
        assert {t["marker"]["color"] for t in given["data"]} == {charts.ACTION_COLOURS["given"]}


def test_change_only_over_the_provinces_both_years_have(app_store):
    _ingest_dated(("2024-01-10", "Tin\nNăm 2023, Ủy ban MTTQ tỉnh Nghệ An vận động được 10 tỷ đồng."),
                  ("2025-01-10", "Tin\nNăm 2024, Ủy ban MTTQ tỉnh Nghệ An vận động được 12 tỷ đồng."),
                  ("2024-06-01", "Tin\nNăm 2024, Ủy ban MTTQ tỉnh Hà Tĩnh vận động được 5 tỷ đồng."))  # fmt: skip
    at = _open("tong_quan.py")
    card = _cards(at)[("local", "Tiền vận động")]
    assert (card.value, card.delta) == ("17 tỷ đồng", "+20%")  # 12 against 10: Hà Tĩnh has nothing in 2023
    assert card.proto.delta_description == "so với năm 2023"
    assert "Phép so sánh chỉ gồm 1 tỉnh/thành có số liệu cả hai năm." in [c.value for c in at.caption]
    at = _open("tong_quan.py", tinh="Nghệ An")
    alone = _cards(at)[("local", "Tiền vận động")]
    assert (alone.delta, alone.proto.delta_description) == ("+20%", "so với năm 2023")
    assert not any(c.value.startswith("Phép so sánh") for c in at.caption)


def test_a_part_year_is_set_against_the_same_part_of_the_year_before(app_store):
    half = "Tin\nTrong 6 tháng đầu năm {}, Ủy ban MTTQ tỉnh Nghệ An vận động được {} tỷ đồng."
    _ingest_dated(("2024-07-05", half.format(2024, 6)),
                  ("2025-01-10", "Tin\nNăm 2024, Ủy ban MTTQ tỉnh Nghệ An vận động được 12 tỷ đồng."),
                  ("2025-07-10", half.format(2025, 9)))  # fmt: skip
    at = _open("tong_quan.py")
    card = _cards(at)[("local", "Tiền vận động")]
    assert (card.value, card.delta) == ("9 tỷ đồng", "+50%")  # against the first half of 2024, not the whole year
    assert card.proto.delta_description == "so với cùng kỳ 2024 (đến 30/06)"
    assert "Số liệu năm 2025 mới đến ngày 30/06/2025: chưa đủ cả năm." in [c.value for c in at.caption]


def test_different_provinces_are_not_compared(app_store):
    an_giang = "Tin\nNăm 2018, Tỉnh đoàn An Giang trao tặng quà Tết trị giá 1,8 tỉ đồng cho gia đình chính sách."
    _ingest_dated(("2019-01-10", an_giang), ("2020-01-10", DA_NANG_2019))
    at = _open("tong_quan.py")
    card = _cards(at)[("local", "Tiền hỗ trợ, chi")]
    assert card.value == "1,5 tỷ đồng" and not card.delta
    assert "Không so sánh với năm 2018: hai năm không có tỉnh/thành nào cùng có số liệu." in [c.value for c in at.caption]


# --- campaigns: the Front's only, one list everywhere ------------------------------------------------------------
def test_campaign_list_is_the_fronts_one_name_per_campaign_and_counted_alike(app_store):
    _ingest_dated(
        ("2019-01-30", NGHE_AN_2019),
        ("2019-01-20", "Tin\nỦy ban MTTQ tỉnh Hà Tĩnh phát động chương trình “Tết vì người nghèo” năm 2019 tới các xã."),
        ("2019-03-01", "Tin\nỦy ban MTTQ tỉnh Nghệ An cảnh báo người dân về chương trình “Trái tim Việt Nam” lừa đảo."),
        ("2019-03-02", "Tin\nỦy ban MTTQ huyện Đô Lương phát động Quỹ “Vì người nghèo (Đô Lương)” năm 2019."),
        ("2019-03-03", "Tin\nNăm 2019, Ủy ban MTTQ huyện Đô Lương vận động Quỹ “Vì người nghèo” được 2 tỷ đồng."),
    )
    count = next(m.value for m in _open("tong_quan.py").metric if m.label == "Số chiến dịch")
    at = _open("chien_dich.py")
    table = at.dataframe[0].value
    assert sorted(table["Chiến dịch/Quỹ"]) == ["Tết vì người nghèo", "Vì người nghèo"]  # no fraud scheme, no duplicates
    assert count == "2" and any(c.value.startswith("2 chiến dịch, quỹ.") for c in at.caption)
    places = dict(zip(table["Chiến dịch/Quỹ"], table["Địa phương"], strict=True))
    assert places == {"Tết vì người nghèo": "Nghệ An", "Vì người nghèo": "Nghệ An"}  # Hà Tĩnh only names it
    timeline = {t["name"] for t in _figures(at)[0]["data"]}
    assert timeline == {"Tết vì người nghèo", "Vì người nghèo"}
    sidebar = _open("chien_dich.py", cd="Tết vì người nghèo Kỷ Hợi 2019")  # a link naming another spelling
    assert sidebar.multiselect(key="f_campaigns").value == ["Tết vì người nghèo"]
    assert sorted(sidebar.dataframe[0].value["Chiến dịch/Quỹ"]) == ["Tết vì người nghèo"]
