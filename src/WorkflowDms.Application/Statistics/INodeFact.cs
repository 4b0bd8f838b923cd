namespace WorkflowDms.Application.Statistics;

/// <summary>A figure the database aggregated for one org node (the finest grain); <see cref="Rollup"/> groups nodes.</summary>
internal interface INodeFact
{
    string OrgPath { get; }
}
