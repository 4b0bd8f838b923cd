namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>The fuzz tests run one at a time and apart from the host tests, so their memory bounds measure only them.</summary>
[CollectionDefinition(nameof(FuzzCollection), DisableParallelization = true)]
public sealed class FuzzCollection;
