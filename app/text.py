"""Messages that the window can say in another language.

The core speaks Simplified Chinese: a rule's message is a ``str`` the command line prints
as it is. A message built from a template is a ``Text``: still that ``str``, but it also
carries its template and values, so the window looks the template up in its catalogue
(``ui.i18n.translated``) and fills in the same values. A value that is itself a ``Text``
(a field's label, say) is translated too; a plain ``str`` value is what the user typed
and stays exactly so.

``build/translations.py`` collects every ``Text("…")`` template of ``app/`` into the
catalogues, so a template must be a literal.
"""

from typing import Any


class Text(str):
    """``template.format(**values)`` that remembers ``template`` and ``values``."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> "Text":
        # A list value (of names, of kinds) reads 甲、乙、丙.
        shown = {key: "、".join(value) if isinstance(value, list) else value
                 for key, value in values.items()}
        self = super().__new__(cls, template.format(**shown) if values else template)
        self.template, self.values = template, values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the values
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Text:
    return Text(template, **values)
