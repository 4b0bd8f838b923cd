using System.Globalization;
using WorkflowDms.Application.Common;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Turns an upload into the import's stored lines, <c>line|vin|dealerCode|productionDate|modelGroup|phase</c>.
/// Only the file's shape is checked here; each line's content (VIN check digit, known vehicle, dealer) is
/// checked by the batch job and reported per line, so one bad VIN never fails the upload.
/// </summary>
internal static class RecallImportParser
{
    /// <summary>CSV: <c>vin[,dealerCode[,productionDate[,modelGroup[,phase]]]]</c> per line; an optional header line starting with "vin".</summary>
    public static IReadOnlyList<string> FromCsv(string text)
    {
        var lines = new List<string>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || (number == 1 && line.StartsWith("vin", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',', ';');
            if (fields.Length > 5)
            {
                throw new RequestBodyException(400, "Invalid CSV", $"Line {number} has {fields.Length} columns; expected vin[,dealerCode[,productionDate[,modelGroup[,phase]]]].", "body");
            }

            lines.Add(Store(number, Field(fields, 0), Field(fields, 1), Field(fields, 2), Field(fields, 3), Field(fields, 4)));
            EnsureSize(lines.Count);
        }

        return lines;
    }

    public static IReadOnlyList<string> FromJson(RecallImportUpload upload)
    {
        if (upload.Vehicles is null)
        {
            throw new RequestBodyException(400, "Invalid request", "vehicles is required.", "vehicles");
        }

        EnsureSize(upload.Vehicles.Count);
        return upload.Vehicles.Select((v, i) => Store(
            i + 1,
            v.Vin ?? "",
            v.DealerCode ?? "",
            v.ProductionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            v.ModelGroup ?? "",
            v.Phase?.ToString(CultureInfo.InvariantCulture) ?? "")).ToList();
    }

    public static (int Line, string Vin, string DealerCode, string ProductionDate, string ModelGroup, string Phase) Read(string stored)
    {
        var f = stored.Split('|');
        return (int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], f[3], f[4], f[5]);
    }

    private static string Store(int line, string vin, string dealer, string date, string model, string phase) =>
        string.Join('|', line.ToString(CultureInfo.InvariantCulture), Clean(vin), Clean(dealer), Clean(date), Clean(model), Clean(phase));

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static string Clean(string value)
    {
        var trimmed = value.Trim().Trim('"').Replace('|', ' ');
        return trimmed.Length > 64 ? trimmed[..64] : trimmed;
    }

    private static void EnsureSize(int count)
    {
        if (count > RecallImport.MaxLines)
        {
            throw new RequestBodyException(400, "Import too large", $"An import holds at most {RecallImport.MaxLines} VINs.", "body");
        }
    }
}
