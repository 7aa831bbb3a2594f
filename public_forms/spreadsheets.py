"""What the public typed, downloaded as a spreadsheet: a cell that starts like a formula
("=HYPERLINK(...)", "+1", "@SUM") is run by Excel and LibreOffice when the file is opened.
Such text is written with a leading apostrophe, which spreadsheets show as plain text
(OWASP, "CSV Injection")."""

from typing import Any

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value: Any) -> Any:
    """`value` as a spreadsheet cell may hold it: text that would start a formula is
    prefixed with an apostrophe; anything else is unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


class SpreadsheetSafeExportMixin:
    """For Wagtail views with `list_export` (`ReportView`, `IndexView`): their CSV export
    writes cells as they are; their XLSX export already stores formulas as text."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: spreadsheet_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
