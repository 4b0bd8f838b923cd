namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// An object created inside one subtree for the access matrix: the values of the route's parameters, the
/// callers outside the object's subtree who must get 404 (each allowed by the route's role policy, so the
/// scope check is what answers), the strings a response must not reveal, and a valid body for POSTs.
/// </summary>
internal sealed record OwnedObject(
    IReadOnlyDictionary<string, string> RouteValues,
    IReadOnlyList<HttpClient> Outsiders,
    IReadOnlyList<string> Secrets,
    string? Body = null);
