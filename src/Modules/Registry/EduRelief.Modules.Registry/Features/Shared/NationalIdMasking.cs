using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>
/// National IDs of minors leave the API masked (<c>520102********1234</c>) unless the caller may see them in full.
/// The masked digits are the birth date, so a masked caller gets no birth date either, only the age in whole years
/// (about 365 dates, of which the visible check character leaves some 30 IDs: none singled out).
/// The age is taken on the school year's cut-off, not today: an age that ticked on the birthday would tell anyone
/// who looked daily the very date.
/// Contract queries between modules carry full IDs; masking happens where data meets a person.
/// </summary>
internal static class NationalIdMasking
{
    public static StudentDto MaskedFor(this StudentDto student, ICallerContext caller, CountyClock county)
    {
        var age = student.BirthDate is { } born ? AgeAtCutOff(born, county.Today) : student.Age;
        return caller.CanSeeFullNationalIds
            ? student with { Age = age }
            : student with
            {
                NationalId = NationalId.Mask(student.NationalId),
                BirthDate = null,
                Age = age,
                Guardian = student.Guardian is { } g ? Masked(g) : null,
                Account = student.Account is { } a ? a with { Number = AccountNumber.Mask(a.Number) } : null,
            };
    }

    private static GuardianDto Masked(GuardianDto guardian)
    {
        var masked = new Guardian(guardian.Name, guardian.Relation, guardian.NationalId, guardian.Phone).MaskedForView();
        return guardian with { NationalId = masked.NationalId, Phone = masked.Phone };
    }

    public static PagedResult<StudentDto> MaskedFor(this PagedResult<StudentDto> page, ICallerContext caller, CountyClock county) =>
        page with { Items = page.Items.Select(s => s.MaskedFor(caller, county)).ToList() };

    /// <summary>
    /// Whole years (周岁) on 31 August before the school year under way, the enrolment cut-off: it changes for every
    /// student at once on 1 September. One born on 29 February counts a year older from 1 March of a common year.
    /// </summary>
    public static int AgeAtCutOff(DateOnly born, DateOnly today)
    {
        var cutOff = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 8, 31);
        var age = cutOff.Year - born.Year;
        return (cutOff.Month, cutOff.Day).CompareTo((born.Month, born.Day)) < 0 ? age - 1 : age;
    }
}
