namespace EduRelief.SharedKernel.Identity;

/// <summary>Claim types that carry a user's scope and extra permissions.</summary>
public static class EduReliefClaims
{
    public const string Township = "edurelief:township";

    public const string School = "edurelief:school";

    public const string Module = "edurelief:module";

    public const string Permission = "edurelief:permission";

    /// <summary>Permission to see national IDs in full outside the relief office.</summary>
    public const string ViewFullNationalIds = "ViewFullNationalIds";

    /// <summary>Permission to approve a payment batch (the second pair of eyes); county officers have it without a grant.</summary>
    public const string ApproveBatches = "ApproveBatches";

    /// <summary>Every permission an administrator may grant.</summary>
    public static readonly IReadOnlyList<string> Permissions = [ViewFullNationalIds, ApproveBatches];
}
