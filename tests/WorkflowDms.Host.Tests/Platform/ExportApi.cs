using System.Net;
using System.Xml.Linq;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Reads an export over HTTP as rows of cells, from CSV and from XML, so a test can compare both formats exactly.</summary>
internal static class ExportApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The CSV export: its header and its rows (the values here hold no delimiter, so a plain split is exact).</summary>
    public static async Task<(string[] Header, List<string[]> Rows)> CsvAsync(HttpClient client, string kind, string period)
    {
        var response = await client.GetAsync($"/api/v1/exports/{kind}?{period}&format=csv", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}: {(int)response.StatusCode} {body}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("\r\n", body, StringComparison.Ordinal);
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Export-Rows").Single());
        return (lines[0].Split(','), rows);
    }

    /// <summary>The XML export as rows of <paramref name="columns"/> (a column the row leaves out is empty, as in CSV).</summary>
    public static async Task<List<string[]>> XmlAsync(HttpClient client, string kind, string period, string rowName, IReadOnlyList<string> columns)
    {
        var response = await client.GetAsync($"/api/v1/exports/{kind}?{period}&format=xml", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var root = XDocument.Parse(body).Root!;
        Assert.Equal(("export", kind), (root.Name.LocalName, root.Attribute("kind")!.Value));
        var rows = root.Elements().Select(row =>
        {
            Assert.Equal(rowName, row.Name.LocalName);
            return columns.Select(c => row.Element(c)?.Value ?? "").ToArray();
        }).ToList();
        Assert.Equal(rows.Count, int.Parse(root.Attribute("rows")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        return rows;
    }

    /// <summary>Rows as comparable lines, leaving out the columns named in <paramref name="skip"/> (ids a test cannot know).</summary>
    public static List<string> Lines(IEnumerable<string[]> rows, string[] header, params string[] skip)
    {
        var keep = Enumerable.Range(0, header.Length).Where(i => !skip.Contains(header[i])).ToList();
        return rows.Select(r => string.Join(',', keep.Select(i => r[i]))).ToList();
    }
}
