using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using WorkflowDms.Application;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Rules;
using WorkflowDms.Host.Development;
using WorkflowDms.Host.Endpoints;
using WorkflowDms.Host.Errors;
using WorkflowDms.Host.Jobs;
using WorkflowDms.Host.Security;
using WorkflowDms.Host.Startup;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Host.Extensions;

/// <summary>Everything the host wires up, so Program.cs stays a table of contents.</summary>
internal static class HostingExtensions
{
    public static void AddWorkflowDmsHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var options = config.GetSection(WorkflowDmsOptions.Section).Get<WorkflowDmsOptions>() ?? new WorkflowDmsOptions();
        services.Configure<WorkflowDmsOptions>(config.GetSection(WorkflowDmsOptions.Section));

        services.AddSingleton(TimeProvider.System);
        builder.AddClockTravel(options.ClockTravelEnabled);
        services.AddWorkflowDmsDatabase(config);
        services.AddPolicyRules(
            ContentPaths.Resolve(options.RulesPath, "rules"),
            FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!));
        services.AddSingleton<Application.Designer.RuleSets.IRuleSetEngine, RuleSets.RuleSetEngine>();
        services.AddWorkflowDmsApplication(ContentPaths.Resolve(options.WorkflowsPath, "workflows"));
        builder.AddWebhookSecurity();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);

        services.AddSecurity();
        services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiDocumentInfo>());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, ["ready"]);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                RateLimitPartition.GetTokenBucketLimiter(
                    RateLimitPartitions.For(ctx),
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.RateLimitBurst,
                        TokensPerPeriod = options.RateLimitPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    }));
        });
        services.AddHostedService<TimerPollingService>();
        services.AddHostedService<WebhookDeliveryService>();
    }

    private static void AddSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.Selector;
                o.DefaultChallengeScheme = AuthSchemes.Selector;
            })
            .AddPolicyScheme(AuthSchemes.Selector, "Dealer key, staff token or cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey
                : ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? IdentityConstants.BearerScheme
                : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, _ => { })
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
            {
                // An API must answer 401/403, never redirect to a login page.
                o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = 401; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = 403; return Task.CompletedTask; };
                // The web app is served from the same origin; a strict same-site cookie is never sent on another
                // site's request, which is the CSRF defence for the cookie-authenticated API.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.HttpOnly = true;
                o.Cookie.Name = "wdms.session";
            }));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkflowDmsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ActorClaimsPrincipalFactory>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Dealer, p => p.RequireClaim(ActorClaimTypes.Kind, "dealer"))
            .AddPolicy(Policies.Staff, p => p.RequireClaim(ActorClaimTypes.Kind, "user"))
            .AddPolicy(Policies.Admin, p => p.RequireClaim(ActorClaimTypes.Kind, "user").RequireRole(Application.Security.Groups.Admins, Application.Security.Groups.Auditors))
            .AddPolicy(Policies.Analyst, p => p.RequireClaim(ActorClaimTypes.Kind, "user").RequireRole(Application.Security.Groups.Analysts, Application.Security.Groups.Admins))
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser());
        services.AddSingleton<Application.Dealers.DealerKeyDirectory>();
    }

    public static void UseWorkflowDmsPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebApp();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
    }

    public static void MapWorkflowDmsEndpoints(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/openapi/ui", o => o.WithTitle("WorkflowDms API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });

        app.MapGroup("/api/v1").MapEndpointModules();
        app.MapWebAppFallback();
    }
}
