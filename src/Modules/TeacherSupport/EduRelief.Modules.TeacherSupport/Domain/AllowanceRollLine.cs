using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>One teacher's allowance for one month, at the school and amount of the month's first day. Unique per (teacher, month) in the database.</summary>
internal sealed class AllowanceRollLine : ISchoolRecord
{
    public long Id { get; init; }

    public int Month { get; init; }

    public Guid TeacherId { get; init; }

    public required string SchoolCode { get; set; }

    public required string TownshipCode { get; set; }

    public SchoolLocation Location { get; set; }

    public decimal Monthly { get; set; }

    /// <summary>Takes what is due now; false when it already says so.</summary>
    public bool Follow(AllowanceRollLine due)
    {
        if (SchoolCode == due.SchoolCode && TownshipCode == due.TownshipCode && Location == due.Location && Monthly == due.Monthly)
        {
            return false;
        }

        (SchoolCode, TownshipCode, Location, Monthly) = (due.SchoolCode, due.TownshipCode, due.Location, due.Monthly);
        return true;
    }
}
