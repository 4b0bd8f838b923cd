using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Application.Designer;

/// <summary>The API's names for where a version came from.</summary>
internal static class SourceNames
{
    public static string Of(DefinitionSource source) => source == DefinitionSource.File ? "file" : "designer";
}
