using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Staff sign-in: e-mail and password in, a bearer token (API) or a session cookie (web app) out; sign-out.</summary>
internal sealed class AuthEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Sign in with {\"email\",\"password\"}; returns {\"accessToken\",\"expiresIn\",\"refreshToken\"}. Add ?useCookies=true for the web app's cookie instead.")
            .Accepts<LoginRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(401);
        auth.MapGet("/session", (HttpContext http) => TypedResults.Ok(new SessionView(http.User.Identity?.IsAuthenticated == true)))
            .AllowAnonymous()
            .WithSummary("Whether the caller is signed in (always 200, so the web app can ask without a failed request)");
        auth.MapPost("/logout", LogoutAsync).AllowAnonymous()
            .WithSummary("Sign out of the web app (clears the session cookie); bearer tokens simply expire");
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> LoginAsync(HttpContext http, SignInManager<AppUser> signIn, bool? useCookies, CancellationToken ct)
    {
        var (login, _) = await JsonBody.ReadAsync<LoginRequest>(http.Request, ct);
        if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrEmpty(login.Password))
        {
            return Results.Problem(statusCode: 400, title: "Invalid request body", detail: "email and password are required.");
        }

        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByEmailAsync(login.Email);
        if (user is null)
        {
            return Results.Problem(statusCode: 401, title: "Unauthorized", detail: "Unknown e-mail or wrong password.");
        }

        var result = await signIn.PasswordSignInAsync(user, login.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var detail = result.IsLockedOut ? "The account is locked for a while after too many failed attempts." : "Unknown e-mail or wrong password.";
            return Results.Problem(statusCode: 401, title: "Unauthorized", detail: detail);
        }

        // The sign-in manager has written the token (or cookie) response already.
        return Results.Empty;
    }
}
