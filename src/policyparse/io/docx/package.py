"""Repair of a ``.docx`` package whose relationships point at parts it does not hold.

Some editors write a relationship to a part they never stored: blind b27 (a county notice saved
by WPS) has ``word/_rels/document.xml.rels`` pointing an image at ``../NULL``. python-docx loads
every related part and stops at the first missing one, so the whole document was refused. Word
opens such a file and shows the text. :func:`drop_dangling_relationships` writes the package
again without those relationships (the text cannot depend on a part that is not there); the
caller reports how many were dropped.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

#: The namespace of OPC relationship files (``*.rels``).
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _part_name(rels_name: str, target: str) -> str:
    """The package part a relationship target names, relative to the part the ``.rels`` describes."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(posixpath.dirname(rels_name))  # word/_rels/x.rels -> word
    return posixpath.normpath(posixpath.join(folder, target))


def _without_dangling(rels_name: str, xml: bytes, names: set[str]) -> tuple[bytes, list[str]]:
    """The ``.rels`` XML without its relationships to missing internal parts, and their targets."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError:
        return xml, []  # python-docx reports it when it reads the package
    dropped: list[str] = []
    for relationship in list(root.iter(f"{{{_RELS_NS}}}Relationship")):
        if relationship.get("TargetMode") == "External":
            continue
        target = relationship.get("Target") or ""
        if _part_name(rels_name, target) not in names:
            dropped.append(target)
            root.remove(relationship)
    if not dropped:
        return xml, []
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), dropped


def drop_dangling_relationships(data: bytes) -> tuple[bytes, list[str]]:
    """``data`` rewritten without relationships to parts it does not hold, and the dropped targets.

    Returns ``data`` itself and an empty list when nothing dangles (or it is not a ZIP package).

    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as package:
    ...     package.writestr("word/document.xml", "<w:document/>")
    ...     package.writestr(
    ...         "word/_rels/document.xml.rels",
    ...         f'<Relationships xmlns="{_RELS_NS}"><Relationship Id="rId4" Type="image" Target="../NULL"/>'
    ...         '<Relationship Id="rId1" Type="styles" Target="styles.xml"/></Relationships>',
    ...     )
    >>> repaired, dropped = drop_dangling_relationships(buffer.getvalue())
    >>> dropped
    ['../NULL', 'styles.xml']
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = {posixpath.normpath(name) for name in package.namelist() if not name.endswith("/")}
            parts = [(info, package.read(info)) for info in package.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return data, []
    dropped: list[str] = []
    rewritten = []
    for info, content in parts:
        if info.filename.endswith(".rels"):
            content, missing = _without_dangling(info.filename, content, names)
            dropped.extend(missing)
        rewritten.append((info, content))
    if not dropped:
        return data, []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info, content in rewritten:
            package.writestr(info, content)
    return out.getvalue(), dropped
