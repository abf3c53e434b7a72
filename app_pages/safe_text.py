"""Text that comes from an article or an upload, shown as text and never as markup.

Titles, sentences, campaign names, ids and file names are written by whoever wrote the article or
the file. Rendered as markdown, "![](https://…)" loads an image from the author's server in every
viewer's browser and "<a href=…>" becomes a link; Plotly renders a subset of HTML in its labels.
"""

from __future__ import annotations

import html
import re
import string

# Every ASCII punctuation mark can start markdown syntax (links, images, emphasis, autolinks
# "www."/"http:", directives ":red[…]", math "$…$", raw HTML "<…>"). A numeric character
# reference is decoded to the plain character after the markup is parsed, so it is never syntax.
_MARKUP = frozenset(string.punctuation)
# Streamlit also turns "https://…", "www.…" and "a@b.vn" into links after decoding (GFM autolink
# literals work on the decoded text): an invisible word joiner breaks each pattern.
_JOIN = "&#8288;"
_UNLINK = ((f"&#{ord(':')};", f"&#{ord(':')};{_JOIN}"), (f"&#{ord('@')};", f"&#{ord('@')};{_JOIN}"))
_WWW = re.compile(r"(w{3})(?=&#46;)", re.IGNORECASE)


def md(text: object) -> str:
    """For anything Streamlit renders as markdown (st.markdown, st.caption, st.error, labels), also with
    unsafe_allow_html=True.

    >>> md("![x](https://evil.example/a.png) <b>5</b>")
    '&#33;&#91;x&#93;&#40;https&#58;&#8288;&#47;&#47;evil&#46;example&#47;a&#46;png&#41; &#60;b&#62;5&#60;&#47;b&#62;'
    >>> md("www.evil.example a@b.vn")
    'www&#8288;&#46;evil&#46;example a&#64;&#8288;b&#46;vn'
    """
    # Runs of white space (new lines too) become one space, kept at the ends: pieces of a sentence join as written.
    escaped = "".join(f"&#{ord(c)};" if c in _MARKUP else c for c in re.sub(r"\s+", " ", str(text)))
    for plain, broken in _UNLINK:
        escaped = escaped.replace(plain, broken)
    return _WWW.sub(rf"\1{_JOIN}", escaped)


def plot(text: object) -> str:
    """For Plotly labels (axis ticks, legend, hover), which render <a>, <b>, <br> and entities.

    >>> plot("<a href='javascript:alert(1)'>Quỹ</a>")
    '&lt;a href=&#x27;javascript:alert(1)&#x27;&gt;Quỹ&lt;/a&gt;'
    """
    return html.escape(str(text))


def link(url: object) -> str | None:
    """A source link only when it is a web address; "javascript:" and the like are not links.

    >>> link("https://baomoi.com/a.epi"), link("javascript:alert(1)"), link(None)
    ('https://baomoi.com/a.epi', None, None)
    """
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None
