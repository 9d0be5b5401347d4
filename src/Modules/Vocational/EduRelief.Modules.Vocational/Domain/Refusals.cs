using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Vocational.Domain;

/// <summary>The two ways a rule on a record refuses: bad input (400) or a clash with what is recorded (409).</summary>
internal static class Refusals
{
    public static ValidationFailedException Invalid(string field, UserText message) => ValidationFailedException.For(field, message);

    public static ConflictException Conflict(string field, UserText message) => new(field, message);
}
