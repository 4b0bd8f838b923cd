namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// One resource's routes under <c>/api/v1</c>. Modules are found in this assembly at start-up, so a new
/// business area adds its endpoint file and nothing else.
/// </summary>
internal interface IEndpointModule
{
    void Map(IEndpointRouteBuilder api);
}
