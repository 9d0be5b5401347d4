namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>The government line's owners: the county, the township and the village (县、乡、村).</summary>
internal sealed record GovernmentOwners
{
    public string? County { get; init; }

    public string? Township { get; init; }

    public string? Village { get; init; }
}
