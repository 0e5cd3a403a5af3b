/** An old-style JD as recruiters paste them: headings, duty lines, a language soup, no pay. */
export const OLD_JD = `Backend Developer (Java)

About the role
You will own the order history service that answers 2 million lookups a day. You will work with the Payments team and report to the VP of Engineering. This is an onsite role in Austin, TX.

Responsibilities
- Maintain the order history REST API
- Ensure system reliability
- Other duties as assigned

Requirements
- 5+ years of Java and Spring Boot
- Experience with MySQL
- Python, Node.js, Java, Go, Ruby and C#

About us
Northwind Outfitters sells camping gear to 4 million customers.`;
