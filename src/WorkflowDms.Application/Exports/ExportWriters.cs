using System.Text;
using System.Xml;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// The two file formats the ERP interfaces of the founding documents take: delimited text (RFC 4180 CSV, UTF-8,
/// header row, CRLF) and XML (one element per row, one child element per column).
/// </summary>
public static class ExportWriters
{
    public static byte[] Csv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(false)) { NewLine = "\r\n" })
        {
            text.WriteLine(string.Join(',', table.Columns.Select(Quote)));
            foreach (var row in table.Rows)
            {
                text.WriteLine(string.Join(',', row.Select(Quote)));
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xml(ExportTable table, ExportPeriod period, DateTime generatedAt)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(period);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("export");
            xml.WriteAttributeString("kind", table.Kind);
            xml.WriteAttributeString("from", XmlConvert.ToString(period.From, XmlDateTimeSerializationMode.Utc));
            xml.WriteAttributeString("to", XmlConvert.ToString(period.To, XmlDateTimeSerializationMode.Utc));
            xml.WriteAttributeString("generatedAt", XmlConvert.ToString(generatedAt, XmlDateTimeSerializationMode.Utc));
            xml.WriteAttributeString("rows", table.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var row in table.Rows)
            {
                xml.WriteStartElement(table.RowName);
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (row[i] is { } value)
                    {
                        xml.WriteElementString(table.Columns[i], value);
                    }
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>Quotes a field when it holds a delimiter, quote or line break; a leading =,+,-,@ is prefixed so spreadsheets do not run it.</summary>
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '@' or '-' && !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
