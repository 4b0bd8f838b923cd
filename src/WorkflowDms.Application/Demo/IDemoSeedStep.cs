namespace WorkflowDms.Application.Demo;

/// <summary>
/// A business area's part of the Development demo data (its catalogue, accounts, sample cases…), run after
/// the base seed (org tree, dealers, keys, staff, vehicles) and in <see cref="Order"/>.
/// </summary>
public interface IDemoSeedStep
{
    int Order { get; }

    Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken);
}
