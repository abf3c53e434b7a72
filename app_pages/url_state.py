"""Widgets whose value lives in the URL, so that a view can be shared and Back restores the one before.

Who leads on a run: the URL when it changed outside the app (a pasted link, Back, a link to another
page), else the widgets (the user just changed one). Every link between pages carries the filters
(common.menu), because a URL without them means "no filters". Pages are opened by links, never by
st.switch_page(query_params=…): Streamlit 1.67 writes those parameters into the history entry of the
page being left, so Back would not restore it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

_WRITTEN = "_url_written"  # the URL as the previous run left it
_PAGE = "_url_page"
_FOLLOW = "_url_follow"
_KEPT = "_url_kept"  # values in the URL without a widget (a drill-down), by key
_NEXT = "_url_next"  # what this run's widgets put in the URL, written at once at the end (one history entry)


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def begin_run(page: str) -> None:
    """Decides, once per run and before any widget, whether the URL leads."""
    current = _params()
    written = st.session_state.get(_WRITTEN)
    st.session_state[_FOLLOW] = written is None or current != written
    if st.session_state.get(_PAGE) != page:
        st.session_state[_KEPT] = {}  # a drill-down belongs to the page it was made on
    st.session_state[_PAGE] = page
    st.session_state[_NEXT] = {}


def end_run() -> None:
    """Writes the URL this run's widgets asked for."""
    wanted = st.session_state.get(_NEXT, {})
    if _params() != wanted:
        st.query_params.from_dict(wanted)
    st.session_state[_WRITTEN] = wanted


def url_leads() -> bool:
    return bool(st.session_state.get(_FOLLOW, True))


def from_url(url_key: str, options: Sequence[Any], cast: Callable[[str], Any] = str) -> list[Any]:
    """The URL's values for url_key that are among options, in the URL's order."""
    found = []
    for raw in st.query_params.get_all(url_key):
        try:
            value = cast(raw)
        except ValueError:
            continue
        if value in options and value not in found:
            found.append(value)
    return found


def prepare(key: str, url_key: str, options: Sequence[Any], default: Any, cast: Callable[[str], Any] = str,
            multi: bool = False) -> None:  # fmt: skip
    """Sets the widget's value before it is drawn: from the URL when it leads, else the value it had."""
    if url_leads() or key not in st.session_state:
        values = from_url(url_key, options, cast)
        st.session_state[key] = values if multi else (values[0] if values else default)
    elif multi:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    elif st.session_state[key] not in options:
        st.session_state[key] = default


def write(url_key: str, value: Any, default: Any = None) -> None:
    """Puts a widget's value in the URL; the default value leaves the URL shorter."""
    values = [str(v) for v in value] if isinstance(value, list) else ([] if value == default else [str(value)])
    wanted = st.session_state.setdefault(_NEXT, {})
    if values:
        wanted[url_key] = values
    else:
        wanted.pop(url_key, None)


def radio(label: str, options: Sequence[str], key: str, url_key: str, **kw: Any) -> str:
    """st.radio whose choice is in the URL (the first option is the default and is left out)."""
    prepare(key, url_key, options, options[0])
    value = st.radio(label, options, key=key, **kw)
    write(url_key, value, options[0])
    return value


def selectbox(label: str, options: Sequence[str], key: str, url_key: str, **kw: Any) -> str | None:
    """st.selectbox whose choice is in the URL (the first option is the default and is left out)."""
    if not options:
        return None
    prepare(key, url_key, options, options[0])
    value = st.selectbox(label, options, key=key, **kw)
    write(url_key, value, options[0])
    return value


def kept(url_key: str) -> str | None:
    """A value that is in the URL without a widget (what a click drilled down to), kept across reruns."""
    values = st.session_state.setdefault(_KEPT, {})
    if url_leads() or url_key not in values:
        found = st.query_params.get_all(url_key)
        values[url_key] = found[0] if found else None
    write(url_key, values[url_key] or "", "")
    return values[url_key]


def drop(url_key: str) -> None:
    """Forgets a kept value (for a button's on_click)."""
    st.session_state.setdefault(_KEPT, {})[url_key] = None
