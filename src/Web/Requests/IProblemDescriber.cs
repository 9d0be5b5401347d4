namespace EduRelief.Web.Requests;

/// <summary>
/// Turns a refusal into the words its HTTP problem would carry, so a page and an API caller read the same reasons;
/// the Host implements it with its one problem mapping. Null for a fault (a 500): that is not the user's to fix.
/// </summary>
public interface IProblemDescriber
{
    PageProblem? Describe(Exception exception);
}
