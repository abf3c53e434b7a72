"""Page chrome of scraped Vietnamese news sites.

END_MARKERS: a line that is (or starts with) one of these ends the
article body; what follows is related headlines, counters, footers.
HEADER_MARKERS: lines starting with these are navigation or counters
wherever they stand ("Trang chủHoạt động MTTQ…" is a fused breadcrumb).
CONTACT_MARKERS: a line holding one of these is a contact or sharing line,
never the headline. RELATED_MARKERS: a line starting with one of these is
another article's headline.
Compared case-insensitively after stripping spaces and a final colon.
"""

END_MARKERS: tuple[str, ...] = (
    "có thể bạn quan tâm",
    "tin khác",
    "tin cùng chuyên mục",
    "tin đã đưa",
    "tin mới hơn",
    "tin cũ hơn",
    "tin phổ biến",
    "tin liên quan",
    "tin bài liên quan",
    "bài liên quan",
    "các tin tức khác",
    "các tin khác",
    "các tin đã đưa",
    "xem thêm",
    "nên xem",
    "đọc thêm",
    "tin mới nhất",
    "tin nổi bật",
    "tin xem nhiều",
    "bài viết liên quan",
    "phiên bản di động",
    "chia sẻ bài viết",
    "bình luận",
)

HEADER_MARKERS: tuple[str, ...] = (
    "trang chủ",
    "số lượt truy cập",
    "số lượt người xem",
    "lượt xem",
    "đang truy cập",
    "tổng lượt truy cập",
    "in bài viết",
    "cỡ chữ",
)

# Byline tails fused into a counter: "BTQSố lượt người xem: 564".
INLINE_COUNTERS: tuple[str, ...] = ("số lượt người xem", "lượt xem")

CONTACT_MARKERS: tuple[str, ...] = ("@", "liên hệ", "điện thoại", "email", "hotline", "click để", "đường dây nóng")

RELATED_MARKERS: tuple[str, ...] = ("tin liên quan", "xem thêm", "đọc thêm", "bài liên quan")
