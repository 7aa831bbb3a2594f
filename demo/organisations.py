"""The organisations that run Northby's services, from demo/data/organisations.yaml."""

from dataclasses import dataclass

from demo.content import read


@dataclass(frozen=True)
class Org:
    slug: str
    name: str
    description: str
    domain: str  # for email addresses
    phone: str
    website: str = ""

    @property
    def url(self) -> str:
        return self.website or f"https://northby.example/organisations/{self.slug}"


ORGANISATIONS = [Org(**row) for row in read("organisations")["organisations"]]
