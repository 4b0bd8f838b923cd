namespace WorkflowDms.Domain.Tests;

/// <summary>Tests that assert a wall-clock bar run alone, so the other tests' threads do not eat their cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
