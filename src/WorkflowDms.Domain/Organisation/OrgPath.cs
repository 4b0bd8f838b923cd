using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Organisation;

/// <summary>Rules of the materialised org path (<c>/HQ/R1/B11/D1001/</c>).</summary>
public static class OrgPath
{
    public static void EnsureValid(string path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path[^1] != '/' || path.Contains("//", StringComparison.Ordinal))
        {
            throw new BusinessRuleException("invalid-org-path", $"Org path '{path}' must start and end with '/' and have no empty segment.");
        }
    }

    /// <summary>The path of a child node with <paramref name="code"/> under <paramref name="parentPath"/> (or a root when null).</summary>
    public static string Child(string? parentPath, string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Contains('/', StringComparison.Ordinal))
        {
            throw new BusinessRuleException("invalid-org-code", $"Org code '{code}' must be non-empty and contain no '/'.");
        }

        return parentPath is null ? $"/{code}/" : parentPath + code + "/";
    }
}
