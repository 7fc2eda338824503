"""Reviews from real customers: review campaigns, customers, waves of requests, surveys and their figures.

The honest way is the only way these rules allow: every customer due gets the same request, no
incentive for a public review, no staff, nobody without consent, no text drafted for the review.
"""
