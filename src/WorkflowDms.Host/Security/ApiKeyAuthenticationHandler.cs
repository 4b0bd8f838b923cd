using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WorkflowDms.Application.Admin;
using WorkflowDms.Application.Dealers;

namespace WorkflowDms.Host.Security;

/// <summary>
/// Authenticates a dealer's system by its <c>X-Api-Key</c>. Keys are stored as SHA-256 hashes only; the
/// lookup is by hash, so a key never needs to be decrypted or compared in plain text.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DealerKeyDirectory directory,
    DealerStatusDirectory dealerStatus)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString();
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var dealer = await directory.FindByKeyAsync(key, Context.RequestAborted);
        if (dealer is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        if (!await dealerStatus.IsActiveAsync(dealer.DealerId, Context.RequestAborted))
        {
            return AuthenticateResult.Fail("The dealer is deactivated.");
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, dealer.DealerId.ToString()),
            new(ClaimTypes.Name, dealer.DealerCode),
            new(ActorClaimTypes.Kind, "dealer"),
            new(ActorClaimTypes.DealerId, dealer.DealerId.ToString()),
            new(ActorClaimTypes.DealerCode, dealer.DealerCode),
            new(ActorClaimTypes.OrgPath, dealer.OrgPath),
        ];
        var identity = new ClaimsIdentity(claims, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
