using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Statistics;

/// <summary>
/// The subtree the figures cover (the caller's scope, or a node inside it) and the level rows are grouped at.
/// The org tree has a fixed depth (HQ → region → branch → tier-1 dealer → sub-dealers, see <c>OrgHierarchy</c>),
/// so the region and branch of a record are the 2nd and 3rd segments of its org path (<c>/HQ/R1/B11/D1001/</c>)
/// and its dealer is the last one. A record held above the grouping level (a recall vehicle without a dealer,
/// kept at its campaign's node) groups as the node that holds it.
/// </summary>
internal sealed record StatisticsScope(string Path, string GroupBy)
{
    public const string Dealer = "dealer";
    public const string Branch = "branch";
    public const string Region = "region";

    public static readonly string[] Groupings = [Dealer, Branch, Region];

    public static string ParseGroupBy(string? groupBy)
    {
        if (string.IsNullOrWhiteSpace(groupBy))
        {
            return Dealer;
        }

        var name = groupBy.Trim().ToLowerInvariant();
        return Groupings.Contains(name)
            ? name
            : throw new RequestBodyException(400, "Invalid query", "'groupBy' must be dealer, branch or region.", "groupBy");
    }

    public string GroupOf(string orgPath)
    {
        var segments = orgPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return orgPath;
        }

        var depth = GroupBy switch
        {
            Region => 1,
            Branch => 2,
            _ => segments.Length - 1,
        };
        return segments[Math.Min(depth, segments.Length - 1)];
    }
}
