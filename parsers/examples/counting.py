"""Which money a total adds: (page, [(figure, action, counted, reason)]) for every money figure.

Pages are short invented reports in the shapes real ones take (the slug of the
article a shape comes from is noted). The first line is the headline.
"""

C, N = True, False

# raised / given / target / other, whose money it is, parts, repeats.
COUNTED: list[tuple[str, list[tuple[str, str, bool, str | None]]]] = [
    # a total and its parts after "trong đó"; the parts are not added again (baonghean 280577)
    (
        "Tin\nỦy ban MTTQ tỉnh đã tiếp nhận 50,6 tỷ đồng, trong đó các huyện ủng hộ 26,8 tỷ đồng, doanh nghiệp ủng hộ 23,8 tỷ đồng.",
        [("50,6 tỷ đồng", "raised", C, None), ("26,8 tỷ đồng", "raised", N, "part"), ("23,8 tỷ đồng", "raised", N, "part")],
    ),
    # a sentence opening with "Trong đó" breaks down the sentence before (daidoanket binh-dinh-quy-vi-nguoi-ngheo)
    (
        "Tin\nQuỹ Vì người nghèo các cấp đã thu được hơn 12,64 tỷ đồng. Trong đó, quỹ cấp tỉnh thu gần 4,5 tỷ đồng, quỹ cấp huyện gần 3,6 tỷ đồng, quỹ cấp xã gần 4,6 tỷ đồng.",
        [
            ("hơn 12,64 tỷ đồng", "raised", C, None),
            ("gần 4,5 tỷ đồng", "raised", N, "part"),
            ("gần 3,6 tỷ đồng", "raised", N, "part"),
            ("gần 4,6 tỷ đồng", "raised", N, "part"),
        ],
    ),
    # a figure of a month or a half is part of the same sentence's figure of its whole year (vietnews train 103799);
    # a month of the next year is not
    (
        "Tin\nMTTQ cho biết riêng năm 2018 thu được hơn 3.000 tỷ đồng ủng hộ người nghèo; trong tháng 10/2018, tổng đài 1400 thu được 6,3 tỷ đồng.",
        [("hơn 3.000 tỷ đồng", "raised", C, None), ("6,3 tỷ đồng", "raised", N, "part")],
    ),
    (
        "Tin\nỦy ban MTTQ tỉnh cho biết 6 tháng đầu năm 2019 vận động được 3 tỷ đồng, cả năm 2019 vận động được 10 tỷ đồng.",
        [("3 tỷ đồng", "raised", N, "part"), ("10 tỷ đồng", "raised", C, None)],
    ),
    (
        "Tin\nỦy ban MTTQ tỉnh cho biết năm 2018 vận động được 3 tỷ đồng, tháng 1/2019 vận động được 1 tỷ đồng.",
        [("3 tỷ đồng", "raised", C, None), ("1 tỷ đồng", "raised", C, None)],
    ),
    # parts listed with no stated total are the figures themselves
    (
        "Tin\nỦy ban MTTQ huyện trao 30 triệu đồng cho xã A và 20 triệu đồng cho xã B.",
        [("30 triệu đồng", "given", C, None), ("20 triệu đồng", "given", C, None)],
    ),
    # the headline restates the body's precise figure (baonamdinh hon-13-nghin-ty-dong)
    (
        "Hơn 13 nghìn tỷ đồng ủng hộ Quỹ Vì người nghèo\nCác cấp đã ủng hộ Quỹ Vì người nghèo trên 13.908 tỷ đồng.",
        [("Hơn 13 nghìn tỷ đồng", "raised", N, "restates"), ("trên 13.908 tỷ đồng", "raised", C, None)],
    ),
    # a part moved as its total did; the same amount spent later is no repeat of the part (baonamdinh, dev a15)
    (
        "Tin\nỦy ban Trung ương MTTQ cho biết các đơn vị đã ủng hộ qua Quỹ trên 13.908 tỷ đồng, trong đó ủng hộ qua Quỹ"
        " 4 cấp trên 126,5 tỷ đồng, hỗ trợ trực tiếp các địa phương hơn 2.000 tỷ đồng. Về kết quả sử dụng, Ban Vận động"
        " Quỹ Vì người nghèo Trung ương đã thực hiện chương trình an sinh xã hội với số tiền trên 2.000 tỷ đồng.",
        [
            ("trên 13.908 tỷ đồng", "raised", C, None),
            ("trên 126,5 tỷ đồng", "raised", N, "part"),
            ("hơn 2.000 tỷ đồng", "raised", N, "part"),
            ("trên 2.000 tỷ đồng", "given", C, None),
        ],
    ),
    # a headline figure the body never gives counts
    ("Ủy ban MTTQ huyện trao 125 triệu đồng xây nhà\nBuổi lễ diễn ra ấm cúng.", [("125 triệu đồng", "given", C, None)]),
    # the same amount written again in words
    (
        "Tin\nHội Chữ thập đỏ tỉnh trao quà, tổng trị giá 780.000.000đ (Bảy trăm tám mươi triệu đồng chẵn).",
        [("780.000.000đ", "given", C, None), ("Bảy trăm tám mươi triệu đồng", "given", N, "restates")],
    ),
    # money handed to the Front is money it raised (vietnews test 013468 shape)
    ("Tin\nCông ty trao 100 triệu đồng cho Quỹ Vì người nghèo huyện.", [("100 triệu đồng", "raised", C, None)]),
    ("Tin\nPhần quà thứ nhất 50.000.000 đồng tặng Đoàn Thanh niên xã.", [("50.000.000 đồng", "raised", C, None)]),
    ("Tin\nỦy ban MTTQ huyện trao 100 triệu đồng cho hộ nghèo.", [("100 triệu đồng", "given", C, None)]),
    # members are beneficiaries, not the Front receiving money
    ("Tin\nLiên đoàn Lao động thành phố hỗ trợ 1,5 tỉ đồng cho đoàn viên khó khăn.", [("1,5 tỉ đồng", "given", C, None)]),
    # targets: plans, proposals, quotas (baoninhthuan 76328p1c30; seed 002)
    ("Tin\nNăm 2015, Ủy ban MTTQ huyện phấn đấu vận động Quỹ đạt 400 triệu đồng.", [("400 triệu đồng", "target", N, "target")]),
    ("Tin\nMTTQ quận đề xuất Thành phố hỗ trợ 85.000.000 đồng cho gia đình.", [("85.000.000 đồng", "target", N, "target")]),
    ("Tin\nTheo kế hoạch, MTTQ tỉnh đã vận động được 5 tỷ đồng.", [("5 tỷ đồng", "raised", C, None)]),
    # achieved over target (ubmttqvn.binhthuan 201185)
    (
        "Tin\nQuỹ Vì người nghèo tỉnh vận động được 14.714.669.968/9,5 tỷ đồng, đạt 154,9% kế hoạch.",
        [("14.714.669.968", "raised", C, None), ("9,5 tỷ đồng", "target", N, "target")],
    ),
    # other money: loans, budgets, damage, prices
    ("Tin\nĐoàn Thanh niên các cấp đã hỗ trợ 117 tỷ đồng vốn vay khởi nghiệp.", [("117 tỷ đồng", "other", N, "other")]),
    ("Tin\nMTTQ tỉnh cho biết bão gây thiệt hại 300 tỷ đồng.", [("300 tỷ đồng", "other", N, "other")]),
    # rates and range tops never add
    ("Tin\nỦy ban MTTQ xã trao 50 suất quà, mỗi suất trị giá 500.000 đồng.", [("500.000 đồng", "given", N, "rate")]),
    ("Tin\nỦy ban MTTQ tỉnh hỗ trợ 60 triệu đồng cho mỗi nạn nhân.", [("60 triệu đồng", "given", N, "rate")]),
    ("Tin\nMỗi tin nhắn gửi Quỹ Vì người nghèo, người dân góp 18.000 đồng.", [("18.000 đồng", "raised", N, "rate")]),
    ("Tin\nMỗi năm, Quỹ Vì người nghèo tỉnh vận động tổng cộng 5 tỷ đồng.", [("5 tỷ đồng", "raised", C, None)]),
    (
        "Tin\nHội Nông dân hỗ trợ từ 2 đến 3 tỷ đồng cho nông dân.",
        [("từ 2", "given", C, None), ("3 tỷ đồng", "given", N, "range_high")],
    ),
    # a house's value with the family's own money: only the Front's share counts (baoquangbinh 2218634)
    (
        "Tin\nNgôi nhà hoàn thành với tổng kinh phí 350 triệu đồng. Trong đó, Ủy ban MTTQ huyện hỗ trợ 50 triệu đồng, số còn lại do gia đình vay mượn.",
        [("350 triệu đồng", "other", N, "other"), ("50 triệu đồng", "given", C, None)],
    ),
    # …also when the shares follow in the next sentence (daidoanket Bình Thuận, dev a04)
    (
        "Tin\nỦy ban MTTQ xã Tân Hà đã trao nhà Đại đoàn kết cho hộ nghèo, căn nhà trị giá trên 100 triệu đồng. Ngôi nhà"
        " được hỗ trợ 50 triệu đồng trích từ quỹ “Vì người nghèo” do Ủy ban MTTQ xã hỗ trợ, ngoài ra gia đình, người"
        " thân và một số nhà hảo tâm giúp đỡ thêm khoảng trên 50 triệu đồng.",
        [
            ("trên 100 triệu đồng", "other", N, "other"),
            ("50 triệu đồng", "given", C, None),
            ("trên 50 triệu đồng", "other", N, "other"),
        ],
    ),
    # a sponsor's gift: to a Front fund it is raised, at a Front body's event it is given (vietnews train 081242)
    (
        "Tin\nTại lễ phát động của Ủy ban MTTQ tỉnh, Công ty ABC tài trợ 500 triệu đồng cho Quỹ “Vì người nghèo” tỉnh.",
        [("500 triệu đồng", "raised", C, None)],
    ),
    (
        "Tin\nCâu lạc bộ Tiếp sức đến trường tài trợ học bổng hơn 1,5 tỉ đồng cho 150 tân sinh viên tại lễ do Tỉnh đoàn"
        " Quảng Nam tổ chức.",
        [("hơn 1,5 tỉ đồng", "given", C, None)],
    ),
    # the value of gifts handed out at a Front body's event, paid by donors, is given (vietnews train 020802 shape)
    (
        "Tin\nỦy ban MTTQ xã trao 80 phần quà cho hộ nghèo. Tổng trị giá các phần quà là 40 triệu đồng do các mạnh"
        " thường quân đóng góp.",
        [("40 triệu đồng", "given", C, None)],
    ),
    # the Front's share of a cost met with the state's money is its own figure (xóa nhà tạm, 2025); a share of such a
    # cost whose giver is not the Front stays a part
    (
        "Tin\nỦy ban MTTQ tỉnh cho biết đã hỗ trợ xóa 1.250 căn nhà tạm với tổng kinh phí 75 tỷ đồng, trong đó Quỹ “Vì"
        " người nghèo” các cấp hỗ trợ 50 tỷ đồng, ngân sách tỉnh 25 tỷ đồng.",
        [("75 tỷ đồng", "other", N, "other"), ("50 tỷ đồng", "given", C, None), ("25 tỷ đồng", "other", N, "other")],
    ),
    (
        "Tin\nỦy ban MTTQ huyện khánh thành thư viện trường với tổng kinh phí 500 triệu đồng. Trong đó, Chủ tịch nước"
        " trao tặng 200 triệu đồng, phần còn lại do nhà trường vận động.",  # REAL vietnews train 073939
        [("500 triệu đồng", "other", N, "other"), ("200 triệu đồng", "given", N, "part")],
    ),
    # a family thanked with no share of its own leaves the value the Front's
    (
        "Tin\nỦy ban MTTQ xã đã trao nhà Đại đoàn kết trị giá 60 triệu đồng. Gia đình, người thân vô cùng xúc động.",
        [("60 triệu đồng", "given", C, None)],
    ),
    # a Front body giving to a project gave the money (vietnews train 012598); giving to another province too
    (
        "Tin\nTỉnh đoàn An Giang đóng góp trên 2,8 tỉ đồng, phần còn lại do các hội cùng đóng góp.",
        [("trên 2,8 tỉ đồng", "given", C, None)],
    ),
    ("Tin\nỦy ban MTTQ tỉnh đã ủng hộ tỉnh Quảng Trị 500 triệu đồng.", [("500 triệu đồng", "given", C, None)]),
    # … but donors giving, or a member organisation giving to a Front fund, is money the Front raised
    ("Tin\nỦy ban MTTQ huyện vận động các doanh nghiệp ủng hộ 50 triệu đồng.", [("50 triệu đồng", "raised", C, None)]),
    ("Tin\nHội LHPN tỉnh đã ủng hộ Quỹ Vì người nghèo 50 triệu đồng.", [("50 triệu đồng", "raised", C, None)]),
    ("Tin\nỦy ban MTTQ tỉnh tiếp nhận ủng hộ 5 tỷ đồng.", [("5 tỷ đồng", "raised", C, None)]),
    # money received from donors ("tiếp nhận cứu trợ") is raised (vietnews train 017440)
    (
        "Tin\nỦy ban MTTQ tỉnh Hà Tĩnh đã tiếp nhận cứu trợ của 9 tổ chức, doanh nghiệp với số tiền hơn 11,9 tỉ đồng.",
        [("hơn 11,9 tỉ đồng", "raised", C, None)],
    ),
    # a donor handing money to a Front body named before the amount, or to a fund named by its owner
    (
        "Tin\nTập đoàn TMS đã trao tặng Hội Chữ thập đỏ tỉnh Vĩnh Phúc số tiền 350 triệu đồng.",  # REAL vietnews val 013828
        [("350 triệu đồng", "raised", C, None)],
    ),
    (
        "Tin\nNgân hàng còn ủng hộ 100 triệu đồng cho Quỹ cứu trợ đồng bào lũ lụt của Ủy ban MTTQ tỉnh Quảng Trị.",
        [("100 triệu đồng", "raised", C, None)],
    ),
    # … but the Front's fund a Front body takes money from is its source: given
    (
        "Tin\nỦy ban MTTQ tỉnh đã trích Quỹ Vì người nghèo tỉnh 1,8 tỷ đồng để hỗ trợ hộ nghèo.",
        [("1,8 tỷ đồng", "given", C, None)],
    ),
    # a company's own gift is not the Front's, even in a Front article (vietnews val 013828)
    (
        "Tin\nHội Chữ thập đỏ tỉnh tiếp nhận quà. Trước đó, tại tỉnh Bình Định, TMS Group cũng đã trao tặng 500 triệu đồng hỗ trợ nhân dân.",
        [("500 triệu đồng", "given", N, "not_front")],
    ),
    # a list of givers is read item by item: the bank's money after ";" is not the Front's (vietnews train 070004)
    (
        "Tin\nTrung ương Hội Chữ thập đỏ trao 200 suất quà; Ngân hàng Nông nghiệp trao 3 tỷ đồng cho huyện.",
        [("3 tỷ đồng", "given", N, "not_front")],
    ),
    # the pot a gift came from is not money that moved (vietnews train 081178)
    (
        "Tin\nBí thư Thành đoàn trao 50 triệu đồng từ khoản đóng góp 190 triệu đồng của bạn đọc cho gia đình anh A.",
        [("50 triệu đồng", "given", C, None), ("190 triệu đồng", "other", N, "other")],
    ),
    # a gift to a Front fund named by its owner (vietnews test 013439)
    (
        "Tin\nBIDV đã trao tặng Quỹ Tấm Lòng Vàng của Tổng Liên đoàn Lao động Việt Nam 1 tỷ đồng.",
        [("1 tỷ đồng", "raised", C, None)],
    ),
    # a certificate of merit with money is a prize (vietnews val 017450)
    ("Tin\nAnh A nhận bằng khen của Tỉnh đoàn (kèm 2 triệu đồng) và quà.", [("2 triệu đồng", "other", N, "other")]),
    # "Hội" alone speaks again of the member organisation the report named (vietnews train 017276)
    (
        "Tin\nHội Chữ thập đỏ thành phố tổ chức lễ ra quân.\nHội nghị diễn ra sáng nay. Hội cũng chuyển trước mắt 200 triệu đồng hỗ trợ năm tỉnh phía Bắc.",
        [("200 triệu đồng", "given", C, None)],
    ),
    # a savings book is a gift; members' own savings and the value innovations bring are not the Front's money
    (
        "Tin\nHội LHPN thành phố trao 7.073 sổ tiết kiệm với tổng số tiền 6,153 tỷ đồng cho phụ nữ nghèo.",
        [("6,153 tỷ đồng", "given", C, None)],
    ),
    ("Tin\nCác cấp Hội Phụ nữ đã tiết kiệm được 553,763 tỷ đồng.", [("553,763 tỷ đồng", "other", N, "other")]),
    (
        "Tin\nLĐLĐ thành phố cho biết sáng kiến của công nhân mang lại giá trị gần 200 tỷ đồng.",  # REAL baomoi 21510719
        [("gần 200 tỷ đồng", "other", N, "other")],
    ),
    # money set aside "để cho vay" is lending (baomoi 22678153)
    (
        "Tin\nMTTQ cho biết 8 ngân hàng dành số tiền hơn 100 ngàn tỷ đồng để cho vay với lãi suất ưu đãi.",
        [("hơn 100 ngàn tỷ đồng", "other", N, "other")],
    ),
    # "Riêng …" breaks down the total before it (baomoi 21511079)
    (
        "Tin\nNăm qua, các cấp Công đoàn tặng quà với tổng kinh phí chăm lo trên 238 tỉ đồng. Riêng dịp Tết, các cấp Công đoàn tặng quà trị giá trên 182 tỉ đồng.",
        [("trên 238 tỉ đồng", "given", C, None), ("trên 182 tỉ đồng", "given", N, "part")],
    ),
    # the same figure rounded without saying so is a repeat (vietnews train 070388)
    (
        "Tin\nCó hơn 100 doanh nghiệp đăng ký ủng hộ Quỹ Vì người nghèo hơn 857,418 tỷ đồng.\nTheo Ủy ban MTTQ, đã có hơn 100 đơn vị đăng ký ủng hộ 857 tỷ đồng.",
        [("hơn 857,418 tỷ đồng", "raised", C, None), ("857 tỷ đồng", "raised", N, "restates")],
    ),
    # the detail of targets a congress set is a target too (vietnews train 010108) — unless it says it is done
    (
        "Tin\nĐại hội Công đoàn thành phố đề ra các chỉ tiêu nhiệm kỳ 2018-2023. Cụ thể, vận động công nhân đóng góp quỹ Tấm lòng vàng đạt 10 tỉ đồng.",
        [("10 tỉ đồng", "target", N, "target")],
    ),
    (
        "Tin\nỦy ban MTTQ tỉnh phấn đấu vận động 60 tỷ đồng. Trong đó, các doanh nghiệp đã ủng hộ 20 tỷ đồng.",
        [("60 tỷ đồng", "target", N, "target"), ("20 tỷ đồng", "raised", C, None)],
    ),
    # money "tặng" in quotes is irony: a bribe (vietnews train 003391)
    (
        'Tin\nHội Chữ thập đỏ tỉnh họp. Để "cảm ơn" ông A, B đã "tặng" Cục Cảnh sát 850 triệu đồng.',
        [("850 triệu đồng", "other", N, "other")],
    ),
    # … but "Hội" naming another association is not the Front's short name (vietnews train 101516)
    (
        "Tin\nHội Chữ thập đỏ tỉnh dự lễ.\nHội hỗ trợ khắc phục hậu quả bom mìn đã trao 100 triệu đồng cho đồn biên phòng.",
        [("100 triệu đồng", "given", N, "not_front")],
    ),
    # a fund's name in quotes is no irony (dev a14)
    (
        "Tin\nỦy ban MTTQ thành phố trao hỗ trợ 29 nhà xây mới từ nguồn Quỹ “Cứu trợ” với tổng số tiền 13 tỷ 355 triệu đồng.",
        [("13 tỷ 355 triệu đồng", "given", C, None)],
    ),
    # money to an athlete is a prize (vietnews train 064349)
    (
        "Tin\nThành đoàn đã trao tặng 50.000.000 đ cho xạ thủ Hoàng Xuân Vinh.",
        [("50.000.000 đ", "other", N, "other")],
    ),
    # … read item by item in a list: the next item's support to children is given (vietnews train 064349)
    (
        "Tin\nThành đoàn đã trao tặng 50.000.000 đ cho xạ thủ Hoàng Xuân Vinh; 20.000.000 đ cho huấn luyện viên; 20 triệu"
        " đồng cho thiếu nhi có hoàn cảnh khó khăn học giỏi.",
        [("50.000.000 đ", "other", N, "other"), ("20.000.000 đ", "other", N, "other"), ("20 triệu đồng", "given", C, None)],
    ),
    # a bonus to a sports team is a prize, not support (vietnews test 017741)
    (
        "Tin\nĐể chúc mừng đội tuyển, Công đoàn ngân hàng quyết định tặng 1 tỉ đồng, gửi đến ban huấn luyện và các cầu thủ.",
        [("1 tỉ đồng", "other", N, "other")],
    ),
    # a cost shared with sources outside the Front: the Front's share is unknown (vietnews train 093923)
    (
        "Tin\nỦy ban MTTQ quận cùng doanh nghiệp xây 2 nhà. Tổng kinh phí xây nhà là 180 triệu đồng, từ nguồn xã hội hoá và Quỹ vì người nghèo.",
        [("180 triệu đồng", "other", N, "other")],
    ),
    # a loan from a bank's capital is no support; a Front fund's disbursement is (baomoi 22508590)
    ("Tin\nĐoàn Thanh niên hỗ trợ 117 tỷ đồng vốn vay cho thanh niên.", [("117 tỷ đồng", "other", N, "other")]),
    (
        "Tin\nHội Nông dân xã đã giải ngân 300 triệu đồng nguồn vốn Quỹ Hỗ trợ nông dân cho 30 hộ dân.",
        [("300 triệu đồng", "given", C, None)],
    ),
    # beyond what any report of the unit's level holds, or of a year after the page's date: left for review
    ("Tin\nỦy ban MTTQ huyện Ba Vì vận động được 3.000 tỷ đồng.", [("3.000 tỷ đồng", "raised", N, "implausible_value")]),
    ("Tin\nỦy ban MTTQ huyện Ba Vì vận động được 300 tỷ đồng.", [("300 tỷ đồng", "raised", C, None)]),
    (
        "Tin\nỦy ban MTTQ xã Tản Lĩnh, huyện Ba Vì vận động được 10 nghìn tỷ đồng.",
        [("10 nghìn tỷ đồng", "raised", N, "implausible_value")],
    ),
    (
        "14/07/2021\nTin\nNăm 2023, Ủy ban MTTQ tỉnh Nghệ An vận động được 50 tỷ đồng.",
        [("50 tỷ đồng", "raised", N, "implausible_year")],
    ),
    # foreign money with its đồng equivalent: the đồng copy counts
    (
        "Tin\nỦy ban MTTQ tỉnh tiếp nhận 15.000 USD (tương đương khoảng 350 triệu đồng).",
        [("15.000 USD", "raised", N, "restates"), ("khoảng 350 triệu đồng", "raised", C, None)],
    ),
    # the lead's rounded figure restates the body's precise one (vietnews train 081499)
    (
        "Trao học bổng\nHơn 800 triệu đồng đã được Tỉnh đoàn Trà Vinh trao đến tay 166 học sinh.\nSáng 2-9, Tỉnh đoàn trao học bổng tại Trà Vinh. Tổng giá trị đợt trao này lên đến 830 triệu đồng.",
        [("Hơn 800 triệu đồng", "given", N, "restates"), ("lên đến 830 triệu đồng", "given", C, None)],
    ),
    # a stock whose level changes is a balance, not money raised or given (vietnews train 080214)
    (
        "Tin\nThành đoàn tăng nguồn vốn từ 30 tỉ đồng ban đầu lên 100 tỉ đồng để hỗ trợ các dự án khởi nghiệp. Năm nay Thành đoàn hỗ trợ 5 tỉ đồng cho các dự án.",
        [("30 tỉ đồng", "other", N, "other"), ("100 tỉ đồng", "other", N, "other"), ("5 tỉ đồng", "given", C, None)],
    ),
    # sentences run together at a stop with no space are still sentences ("chung tay.Ngay sau"), and a sentence that
    # speaks of the event again ("buổi quyên góp") is the organiser's (vietnam-news 5595a830)
    (
        "Tin\nBộ GD&ĐT phối hợp với Công đoàn Giáo dục Việt Nam phát động quyên góp ủng hộ miền Trung.\nMưa lũ làm chết 29 người.Nhiều nhà bị hư hỏng.Bộ trưởng kêu gọi cán bộ hãy chung tay.Ngay sau buổi quyên góp, số tiền thu được hơn 750 triệu đồng.",
        [("hơn 750 triệu đồng", "raised", C, None)],
    ),
    # at an event a Front body co-organises, what was handed out is given even when only its value is written, and a
    # company handing support there gives too (vietnews train 081015, 070826); a total over many rounds is not the
    # event's (vietnews train 081499)
    (
        "Tin\nNgày 23-9, báo Tuổi Trẻ phối hợp Tỉnh đoàn Bến Tre tổ chức lễ trao học bổng cho 85 tân sinh viên.\nTổng kinh phí dành cho học bổng hơn 600 triệu đồng do câu lạc bộ doanh nhân tài trợ.",
        [("hơn 600 triệu đồng", "given", C, None)],
    ),
    (
        "Tin\nBáo Pháp luật phối hợp cùng UBMTTQ huyện Hương Sơn khởi công hai ngôi nhà tình nghĩa. Trong đó công ty Cổ phần khách sạn Kim Thành hỗ trợ bà Lan 40 triệu đồng.",
        [("40 triệu đồng", "given", C, None)],
    ),
    (
        "Tin\nBáo Tuổi Trẻ phối hợp Tỉnh đoàn Trà Vinh trao học bổng. Sau 7 lần tổ chức, chương trình đã trao tổng cộng 1.125 suất với tổng kinh phí gần 6 tỉ đồng.",
        [("gần 6 tỉ đồng", "other", N, "other")],
    ),
    # a newspaper's programme run with a Front body named only in the lead: what is handed out at the ceremony
    # counts as given, even when only its cost is written (vietnews val 017406)
    (
        "Tin\nBáo Tuổi Trẻ phối hợp Tỉnh đoàn Quảng Nam trao học bổng cho tân sinh viên.\nCác em nhận học bổng tại hội trường.\nTổng kinh phí hơn 1,4 tỉ đồng.",
        [("hơn 1,4 tỉ đồng", "given", C, None)],
    ),
    # one amount given twice to two provinces is two gifts, not one told twice (vietnews train 012829, 019526); the
    # same amount again with the same province is a copy
    (
        "Tin\nỦy ban MTTQ TP. HCM đã đến thăm và hỗ trợ 1 tỉ đồng cho tỉnh Quảng Trị. Chiều cùng ngày, Ủy ban MTTQ TP. HCM"
        " trao 1 tỉ đồng hỗ trợ đồng bào Thừa Thiên - Huế.",
        [("1 tỉ đồng", "given", C, None), ("1 tỉ đồng", "given", C, None)],
    ),
    (
        "Tin\nỦy ban MTTQ TP. HCM hỗ trợ 1 tỉ đồng cho tỉnh Quảng Trị. Số tiền 1 tỉ đồng Ủy ban MTTQ TP. HCM hỗ trợ tỉnh"
        " Quảng Trị sẽ dùng để sửa nhà.",
        [("1 tỉ đồng", "given", C, None), ("1 tỉ đồng", "given", N, "restates")],
    ),
    # a summing-up sentence holds the figures of its action told before it, when they add up to no more than it
    # (vietnews test 017404); money of another action is no part of it
    (
        "Tin\nThành đoàn trao 500 suất quà cho người dân vùng lũ. Thành đoàn cũng trao 40 triệu đồng hỗ trợ bà A xây lại"
        " nhà.\nTổng số tiền thực hiện đợt cứu trợ này của Thành đoàn là 700 triệu đồng.",
        [("40 triệu đồng", "given", N, "part"), ("700 triệu đồng", "given", C, None)],
    ),
    (
        "Tin\nThành đoàn trao 500 triệu đồng cho xã A. Thành đoàn cũng trao 400 triệu đồng cho xã B.\n"
        "Tổng số tiền Thành đoàn vận động được đợt này là 1 tỷ đồng.",
        [("500 triệu đồng", "given", C, None), ("400 triệu đồng", "given", C, None), ("1 tỷ đồng", "raised", C, None)],
    ),
    # a donor's gift through the Front is money the Front raised; the Front giving through a member stays given
    # (vietnews train 092569)
    (
        "Tin\nGia đình ông A tặng 200 triệu đồng cho đồng bào miền Trung bị ảnh hưởng mưa lũ thông qua Mặt trận Tổ quốc Việt Nam.",
        [("200 triệu đồng", "raised", C, None)],
    ),
    (
        "Tin\nỦy ban MTTQ huyện trao 5 triệu đồng cho hộ nghèo qua Hội Phụ nữ xã.",
        [("5 triệu đồng", "given", C, None)],
    ),
    # a delegation a Front body is part of, spoken of again as "đoàn" in later paragraphs (vietnews train 012829)
    (
        "Tin\nSáng 9-11, đoàn công tác của Thành ủy, HĐND, UBND, Ủy ban MTTQ TP. HCM đã đến thăm tỉnh Quảng Trị.\n"
        "Ngay sau đó, đoàn đã trực tiếp đi thăm 50 hộ dân.\nĐoàn cũng hỗ trợ 5 triệu đồng cho gia đình ông B.",
        [("5 triệu đồng", "given", C, None)],
    ),
    # a total the Front's bodies made up in full, in the sentence after it, is theirs; the parts are not added
    # again, and "hơn 3 tỉ" holds parts adding to 3,335 tỉ (vietnews train 085152)
    (
        "Tin\nTập đoàn PVN tặng quà cho các gia đình chính sách với tổng số tiền hơn 3 tỉ đồng. Số tiền này được đóng góp"
        " từ Công đoàn Dầu khí Việt Nam là 2,8 tỉ đồng, Đoàn Thanh niên tập đoàn là 95 triệu đồng và Hội Cựu chiến binh"
        " tập đoàn là 440 triệu đồng.",
        [
            ("hơn 3 tỉ đồng", "given", C, None),
            ("2,8 tỉ đồng", "given", N, "part"),
            ("95 triệu đồng", "given", N, "part"),
            ("440 triệu đồng", "given", N, "part"),
        ],
    ),
]

# Whose money: nothing counts where the Front system is not at work.
NOT_FRONT: list[tuple[str, list[tuple[str, str, bool, str | None]]]] = [
    # a sponsor acting on its own
    ("Tin\nCông ty ABC tài trợ 2 tỷ đồng cho giải bóng đá.", [("2 tỷ đồng", "given", N, "not_front")]),
    (
        "Giá xe giảm\nMazda3 giảm giá 20 triệu đồng, công ty hỗ trợ 5 triệu đồng lệ phí.",
        [("20 triệu đồng", "other", N, "not_front"), ("5 triệu đồng", "given", N, "not_front")],
    ),
    # the Front named only in a person's title
    (
        "Tin\nÔng A, Phó Chủ tịch Ủy ban MTTQ tỉnh, cho biết công ty đã trao 2 tỷ đồng cho trường học.",
        [("2 tỷ đồng", "given", N, "not_front")],
    ),
    # a policy for the heads of bodies (vietnews train 012499)
    (
        "Tin\nCấp phó của người đứng đầu UBMTTQVN thành phố và các sở, ban, ngành nghỉ hưu trước tuổi được hỗ trợ thêm 140 triệu đồng.",
        [("140 triệu đồng", "given", N, "not_front")],
    ),
    # a title-holder giving is the body giving (baomoi 22634838); one who holds money back, or hands a prize beside a
    # minister, is not (vietnews train 067965, vietnam-news de9429f3)
    (
        "Tin\nChủ tịch Ủy ban Trung ương MTTQ Việt Nam Trần Văn A, Đoàn đại biểu Quốc hội thành phố, đã trao 3 tỷ đồng vận động từ ngân hàng tặng huyện để xây nhà Đại đoàn kết.",
        [("3 tỷ đồng", "given", C, None)],
    ),
    (
        "Tin\nSự việc Chủ tịch Ủy ban MTTQ xã “ôm” 60 triệu đồng tiền hỗ trợ của một đoàn từ thiện suốt 2 năm khiến người dân bất bình.",
        [("60 triệu đồng", "given", N, "not_front")],
    ),
    (
        "Tin\nGiải nhất trị giá 100 triệu đồng đã được ông A, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và ông B, Bộ trưởng, trao cho nhóm tác giả.",
        [("100 triệu đồng", "other", N, "not_front")],
    ),
    # an event a Front body co-organises: what is handed out there, in the next paragraph or in the headline and lead
    # before an early organiser, is given (vietnews train 072678, 081397); far from it, the Front is no longer named
    (
        "Tiếp sức 46 giáo viên\nTổng số vốn 920 triệu đồng được hỗ trợ không lãi suất cho giáo viên khó khăn.\nSáng 5-6, báo Tuổi Trẻ phối hợp với Tỉnh đoàn Đồng Tháp tổ chức lễ trao vốn tại thành phố Cao Lãnh.",
        [("920 triệu đồng", "given", C, None)],
    ),
    (
        "Tin\nBáo Tuổi Trẻ phối hợp với Tỉnh đoàn Quảng Nam tổ chức chương trình trao học bổng.\nCác em nhận học bổng tại hội trường.\nTổng giá trị học bổng đã trao là 1,4 tỉ đồng.\nNăm ngoái, chương trình đã trao 900 triệu đồng.",
        [("1,4 tỉ đồng", "given", C, None), ("900 triệu đồng", "given", N, "not_front")],
    ),
    # a meeting someone else chairs with a Front body is no event of its (baomoi 22633451)
    (
        "Tin\nThủ tướng chủ trì buổi làm việc với Tổng LĐLĐ Việt Nam về quy chế phối hợp công tác.\nỦy ban Thường vụ Quốc hội đã bố trí 1.062 tỉ đồng bổ sung cho Ngân hàng Chính sách xã hội.",
        [("1.062 tỉ đồng", "other", N, "not_front")],
    ),
    # "tổ chức" as a noun names no organiser (vietnews val 019602)
    (
        "Tin\nÔng Thông mất liên lạc với cơ quan, tổ chức Hội Nông dân.\nNăm 2016, ông về quê.\nÔng còn tạm ứng quỹ hỗ trợ nông dân 35 triệu đồng.",
        [("35 triệu đồng", "other", N, "not_front")],
    ),
    # a list of givers read item by item: the recipient of an item stands in its own phrase, and an item that is
    # only a place is its government's (vietnews train 096922, 102505 shape)
    (
        "Tin\nTỉnh Quảng Ninh hỗ trợ gia đình các nạn nhân 6 triệu đồng, huyện Bình Liêu 6 triệu đồng, tỉnh đoàn 3 triệu đồng.",
        [
            ("6 triệu đồng", "given", N, "not_front"),
            ("6 triệu đồng", "given", N, "not_front"),
            ("3 triệu đồng", "given", C, None),
        ],
    ),
    (
        "Tin\nỦy ban MTTQ tỉnh trao cho huyện A 30 triệu đồng, huyện B 20 triệu đồng.",
        [("30 triệu đồng", "given", C, None), ("20 triệu đồng", "given", C, None)],
    ),
    # a foreign "front" is not the Fatherland Front
    (
        "Tin\nMặt trận al-Nusra nhận 2 triệu USD và 5 tỷ đồng từ nhà tài trợ.",
        [("2 triệu USD", "other", N, "not_front"), ("5 tỷ đồng", "other", N, "not_front")],
    ),
    # another country's association is not ours; a district that starts like a country is (Anh Sơn)
    ("Tin\nHội Chữ thập đỏ Nhật Bản trao 5 tỷ đồng cho người dân Quảng Bình.", [("5 tỷ đồng", "given", N, "not_front")]),
    ("Tin\nHội Chữ thập đỏ Anh Sơn trao 5 triệu đồng cho người dân.", [("5 triệu đồng", "given", C, None)]),
    # member organisations in any case: "Hội chữ thập đỏ" (vietnews test 003402)
    (
        "Tin\nĐại diện Hội chữ thập đỏ Nghệ An cùng chính quyền xã đã hỗ trợ gia đình anh Dinh 4 triệu đồng.",
        [("4 triệu đồng", "given", C, None)],
    ),
    # the youth union by its abbreviated name (vietnews train 062017)
    (
        "Tin\nĐoàn TNCS Hồ Chí Minh Tập đoàn đã trao tặng quà trị giá 1.736 triệu đồng cho đoàn viên khó khăn.",
        [("1.736 triệu đồng", "given", C, None)],
    ),
    # the youth union's committees in any case: "Thành Đoàn", "tỉnh đoàn" (vietnews train 067401, 061029)
    ("Tin\nThành Đoàn Hải Phòng đã trao 10 triệu đồng cho gia đình nạn nhân.", [("10 triệu đồng", "given", C, None)]),
    (
        "Tin\nNovaland ủng hộ số tiền 1,3 tỷ đồng, thông qua tỉnh đoàn Bình Định để sửa cầu.",
        [("1,3 tỷ đồng", "raised", C, None)],
    ),
    # a city's own allocation beside the Front's call is the state's money (vietnam-news 140672d0)
    (
        "Tin\nChủ tịch Ủy ban MTTQ thành phố phát động ủng hộ. TP.HCM đã quyết định dành số tiền 10 tỉ đồng để hỗ trợ 5 tỉnh.",
        [("10 tỉ đồng", "given", N, "not_front")],
    ),
    # a Front body named beside another giver hands the support over with it: its value is given (vietnews val 003687)
    (
        "Tin\nChiều 12-9, báo Tuổi Trẻ và Tỉnh đoàn Bình Thuận đã trao tặng hai giếng bơm cho người dân.\n\nGiá trị của"
        " công trình nói trên là hơn 100 triệu đồng.",
        [("hơn 100 triệu đồng", "given", C, None)],
    ),
    (
        "Tin\nChiều 22-8, đại diện báo Tuổi Trẻ, Tỉnh đoàn Kon Tum tổ chức bàn giao công trình nước. Công trình có tổng"
        " kinh phí 180 triệu đồng.",
        [("180 triệu đồng", "given", C, None)],
    ),
    (
        "Tin\nCông ty A và Tỉnh đoàn Bình Thuận đã ký kết hợp tác. Công ty A trao 50 triệu đồng cho trường.",
        [("50 triệu đồng", "given", N, "not_front")],
    ),
    # a sector's or workplace's trade union in lower case; in a list of givers the giver before an earlier amount is
    # that amount's, and the state's education sector is no Front body (vietnews train 009853)
    (
        "Tin\nQuỹ của công đoàn ngành giáo dục Kiên Giang hỗ trợ 10 triệu đồng, quỹ của ngành giáo dục Phú Quốc hỗ trợ"
        " 10 triệu đồng.",
        [("10 triệu đồng", "given", C, None), ("10 triệu đồng", "given", N, "not_front")],
    ),
    # …but an amount followed by the pot it came from is no item of its own (vietnews train 081178)
    (
        "Tin\nBí thư Thành đoàn cũng thay mặt báo Tuổi Trẻ trao 50 triệu đồng từ khoản đóng góp 190 triệu đồng của bạn"
        " đọc cho gia đình anh Nam và trao 30 triệu đồng cho các hiệp sĩ bị thương.",
        [("50 triệu đồng", "given", C, None), ("190 triệu đồng", "other", N, "other"), ("30 triệu đồng", "given", C, None)],
    ),
    # one of the bodies an event is "do … tổ chức" by: the event's cost is given (vietnews test 017504)
    (
        "Tin\nĐây là chương trình do báo Tuổi Trẻ phối hợp cùng Ngân hàng A chi nhánh Phú Nhuận (TP. HCM), Tỉnh đoàn Tây"
        " Ninh và Sở Giáo dục tổ chức với tổng kinh phí 1,2 tỉ đồng.",
        [("1,2 tỉ đồng", "given", C, None)],
    ),
    (
        "Tin\nDự án do Công ty A đầu tư, Tỉnh đoàn Tây Ninh cùng các tổ chức xã hội theo dõi, tổng vốn 1,2 tỉ đồng.",
        [("1,2 tỉ đồng", "other", N, "other")],
    ),
    # a phrase that starts with a verb shares the subject before its comma (vietnews train 102505)
    (
        "Tin\nTập đoàn Than đã trực tiếp thăm, động viên và hỗ trợ gia đình anh Xuân 20 triệu đồng, Công đoàn Than hỗ trợ"
        " 5 triệu đồng.",
        [("20 triệu đồng", "given", N, "not_front"), ("5 triệu đồng", "given", C, None)],
    ),
    ("Tin\nỦy ban MTTQ huyện đã thăm, động viên và hỗ trợ gia đình 20 triệu đồng.", [("20 triệu đồng", "given", C, None)]),
    # a newspaper's or a company's fund is not the Front's, even beside the Front's event (vietnam-news 3044cc64)
    (
        "Tin\nCông ty phối hợp với UBMTTQ tỉnh Quảng Bình hỗ trợ 250 triệu đồng cho nhân dân. Công ty cũng đã ủng hộ quỹ"
        " Tấm Lòng Vàng báo Người Lao Động 200 triệu đồng.",
        [("250 triệu đồng", "given", C, None), ("200 triệu đồng", "raised", N, "not_front")],
    ),
    (
        "Tin\nCác doanh nghiệp ủng hộ Quỹ Vì người nghèo của Ủy ban MTTQ huyện 200 triệu đồng.",
        [("200 triệu đồng", "raised", C, None)],
    ),
    # drafting rules is no building: an apartment's price in them is no support (vietnews train 097706)
    (
        "Tin\nTổng LĐLĐ đã xây dựng quy chế về đối tượng được mua căn hộ 100 triệu đồng.",
        [("100 triệu đồng", "other", N, "other")],
    ),
    # the Front named in one paragraph, the police's money in another (vietnews train 009770 shape)
    (
        "Tin\nỦy ban MTTQ thành phố tổ chức hội nghị.\nLực lượng công an đã phá 710 vụ án, thu 2,6 tỉ đồng.",
        [("2,6 tỉ đồng", "raised", N, "not_front")],
    ),
    # a state delegation's "đoàn" is not the Front's, though the Front is named in the article
    (
        "Tin\nĐoàn công tác của UBND tỉnh đã đến thăm huyện A.\nỦy ban MTTQ huyện tổ chức hội nghị.\n"
        "Sau đó, Đoàn cũng hỗ trợ 5 triệu đồng cho gia đình ông B.",
        [("5 triệu đồng", "given", N, "not_front")],
    ),
    # a newspaper's reporter and the local government hand over readers' money: not the Front's, though a Front
    # word stands in the paragraph (vietnam-news 455dba14)
    (
        "Tin\nCăn nhà đại đoàn kết của gia đình đã xuống cấp. Chiều 23/11, phóng viên Tin Mới và đại diện chính quyền địa"
        " phương đã trao số tiền 17.660.000 đồng của bạn đọc ủng hộ đến gia đình anh A.",
        [("17.660.000 đồng", "given", N, "not_front")],
    ),
    # one Front share of the state's total does not make the total the Front's
    (
        "Tin\nUBND tỉnh hỗ trợ 100 triệu đồng cho các hộ bị thiệt hại. Trong đó, Hội Phụ nữ tỉnh trao 20 triệu đồng.",
        [("100 triệu đồng", "given", N, "not_front"), ("20 triệu đồng", "given", N, "part")],
    ),
]

# Known gaps, run as strict xfails: when one starts to pass, move it up.
KNOWN_GAPS: list[tuple[str, list[tuple[str, str, bool, str | None]]]] = [
    # money handed to a province whose Front chair thanks for it in the next sentence: raised by the Front
    # (vietnam-news dbf7b016); the chair only thanks, no verb of receiving
    (
        "Tin\nĐại tá Trần Minh Thanh đã đến tỉnh Thừa Thiên Huế trao 300 triệu đồng ủng hộ đồng bào. Thay mặt lãnh đạo tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế đã bày tỏ lời cảm ơn.",
        [("300 triệu đồng", "raised", C, None)],
    ),
]
