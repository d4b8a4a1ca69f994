# super() finds nothing when no class further up the MRO has the method.
class Base:
    def start(self):
        print("Base.start")


class Child(Base):
    def start(self):
        super().start()
        print("Child.start")

    def stop(self):
        print("Child.stop")
        super().stop()


c = Child()
c.start()
c.stop()
