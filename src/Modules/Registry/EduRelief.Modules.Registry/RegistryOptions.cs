namespace EduRelief.Modules.Registry;

internal sealed class RegistryOptions
{
    public const string Section = "EduRelief:Registry";

    /// <summary>The largest roster or household list accepted in one upload.</summary>
    public long MaxImportBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// Where the poverty data platform's household lists are dropped for the ledger refresh;
    /// relative paths are under the data folder.
    /// </summary>
    public string HouseholdInbox { get; set; } = "inbox/households";
}
