namespace WorkflowDms.Host.Development;

/// <summary>Wires clock travel in when configured, and only in the Development environment.</summary>
internal static class ClockTravelExtensions
{
    public static void AddClockTravel(this WebApplicationBuilder builder, bool enabled)
    {
        if (!enabled)
        {
            return;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("WorkflowDms:ClockTravelEnabled is for Development only; remove it from this environment's settings.");
        }

        var clock = new TravellingClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IClockTravel>(clock);
    }
}
