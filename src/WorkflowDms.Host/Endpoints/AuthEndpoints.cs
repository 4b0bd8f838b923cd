using Microsoft.AspNetCore.Identity;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Staff sign-in: e-mail and password in, a bearer token out (ASP.NET Core Identity's bearer scheme).</summary>
internal sealed class AuthEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Sign in with {\"email\",\"password\"}; returns {\"accessToken\",\"expiresIn\",\"refreshToken\"}. Add ?useCookies=true for the web app's cookie instead.")
            .Accepts<LoginRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(401);
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
