using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// Webhooks: registration, fan-out from the case-event outbox, the delivery job runner and its HTTP sender. The host
/// provides <see cref="IWebhookSecretProtector"/> (Data Protection) and may replace <see cref="WebhookSecurityOptions"/>.
/// </summary>
internal sealed class WebhooksModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<WebhookService>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<WebhookDispatcher>();
        services.TryAddSingleton<IWebhookSender, HttpWebhookSender>();

        // Strict unless the host configures otherwise (https only, public addresses only).
        services.TryAddSingleton(new WebhookSecurityOptions());
        services.AddSingleton<WebhookUrlPolicy>();
    }
}
