using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>
/// A child on the register of school-age disabled children, from the disabled persons' federation's list (残联名单),
/// enrolled anywhere or not. The birth date is read from the national ID and never shown; the school is that of the
/// latest plan, so a school sees the children placed with it.
/// </summary>
internal sealed class DisabledChild : IScopedRecord
{
    public Guid Id { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; set; }

    public DateOnly BirthDate { get; init; }

    public required string TownshipCode { get; set; }

    public string? VillageCode { get; set; }

    public DisabilityCategory Category { get; set; }

    public int Grade { get; set; }

    public required string Guardian { get; set; }

    public required string Source { get; set; }

    public DateOnly RegisteredOn { get; init; }

    public string? SchoolCode { get; set; }

    public int Version { get; private set; }

    /// <summary>Takes the list's newer word; false when the entry already says all of it.</summary>
    public bool Update(ChildDetails details)
    {
        if (Name == details.Name && TownshipCode == details.TownshipCode && VillageCode == details.VillageCode && Category == details.Category
            && Grade == details.Grade && Guardian == details.Guardian && Source == details.Source)
        {
            return false;
        }

        (Name, TownshipCode, VillageCode, Category, Grade, Guardian, Source) =
            (details.Name, details.TownshipCode, details.VillageCode, details.Category, details.Grade, details.Guardian, details.Source);
        Version++;
        return true;
    }

    public static DisabledChild Register(Guid id, ChildDetails details, DateOnly today) => new()
    {
        Id = id,
        NationalId = details.NationalId,
        Name = details.Name,
        BirthDate = SharedKernel.Primitives.NationalId.Parse(details.NationalId).BirthDate,
        TownshipCode = details.TownshipCode,
        VillageCode = details.VillageCode,
        Category = details.Category,
        Grade = details.Grade,
        Guardian = details.Guardian,
        Source = details.Source,
        RegisteredOn = today,
    };
}
