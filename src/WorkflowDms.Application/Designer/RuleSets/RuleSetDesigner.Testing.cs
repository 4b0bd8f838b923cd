using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>The test bench and the diff: the draft, the latest or any stored version, side by side.</summary>
public sealed partial class RuleSetDesigner
{
    private const string Draft = "draft";
    private const string Latest = "latest";

    public async Task<RuleSetTestView> TestAsync(Actor actor, string name, RuleSetTestRequest request, CancellationToken ct)
    {
        await EnsureKnownAsync(actor, name, ct);
        if (request.Facts is not { ValueKind: JsonValueKind.Object } facts)
        {
            throw new RequestBodyException(400, "Invalid request body", "'facts' must be an object of input name → value.", "facts");
        }

        var source = request.Source switch
        {
            null or { ValueKind: JsonValueKind.Null } => Latest,
            { ValueKind: JsonValueKind.String } s when s.GetString() is Draft or Latest => s.GetString()!,
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var v) && v > 0 => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new RequestBodyException(400, "Invalid request body", "'source' must be \"draft\", \"latest\" or a version number.", "source"),
        };
        // "latest" runs what evaluations run now (compiled at start-up or publish); a draft or an older version is
        // compiled for the designer, once per content.
        if (source == Latest)
        {
            return engine.Test(name, null, 0, facts) with { Source = Latest };
        }

        var (json, version) = await SideAsync(name, source, ct);
        return engine.Test(name, json, version, facts) with { Source = source == Draft ? Draft : "version" };
    }

    /// <summary>Compares two sides, each a version number, <c>latest</c> or <c>draft</c>.</summary>
    public async Task<RuleSetDiffView> DiffAsync(Actor actor, string name, string? from, string? to, CancellationToken ct)
    {
        await EnsureKnownAsync(actor, name, ct);
        var left = await SideAsync(name, ParseSide(from, "from"), ct);
        var right = await SideAsync(name, ParseSide(to, "to"), ct);
        return RuleSetDiff.Compare(from!, to!, RuleSetJson.Rows(left.Json!), RuleSetJson.Rows(right.Json!));
    }

    private static string ParseSide(string? value, string field) =>
        value is Draft or Latest || (int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0)
            ? value!
            : throw new RequestBodyException(400, "Invalid query", $"'{field}' must be a version number, \"latest\" or \"draft\".", field);

    /// <summary>The JSON and version number of a side; for <c>latest</c> the stored latest (the live one on the test bench).</summary>
    private async Task<(string? Json, int Version)> SideAsync(string name, string side, CancellationToken ct)
    {
        if (side == Draft)
        {
            var draft = await db.RuleSetDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, ct)
                ?? throw new NotFoundException("rule set draft", name);
            return (draft.Json, 0);
        }

        var record = side == Latest
            ? await LatestAsync(name, ct)
            : await FindVersionAsync(name, int.Parse(side, System.Globalization.CultureInfo.InvariantCulture), ct);
        return (record.Json, record.Version);
    }
}
